namespace Site.Core.Rendering.Views;

/// <summary>
/// A glossary entry as a page shows it: the name in the page's language first (<see cref="Name"/>), then
/// the name in the other language with its lang attribute; the class of each says which name it is
/// (glossary-term for the Chinese term, glossary-en for the English name). Pinyin is shown to readers
/// of English only (null on Chinese pages). <see cref="EnSource"/> says where an official English name is
/// published; null when the English is the site's own rendering, which the page then says.
/// </summary>
public sealed record GlossaryView(
    string Id,
    string Term,
    string En,
    string Name,
    string NameClass,
    string OtherName,
    string OtherClass,
    string OtherLang,
    string? Pinyin,
    string Explanation,
    string? EnSource,
    string Url);
