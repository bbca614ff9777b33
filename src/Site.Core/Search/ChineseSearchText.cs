using Site.Core.Model;
using Site.Core.Text;

namespace Site.Core.Search;

/// <summary>Search in Chinese: the report's own words.</summary>
public sealed class ChineseSearchText : SearchText
{
    public override Language Language => Language.Zh;

    public override string Quote(Citation citation) => citation.Quote;

    public override string Paragraph(Paragraph paragraph) => paragraph.Text;

    public override IReadOnlyList<string> Sentences(Paragraph paragraph, IEnumerable<Citation> citations) => SourceContext.Chinese(paragraph, citations);

    public override string GlossaryTitle(GlossaryEntry entry) => entry.Term;

    public override string GlossaryOtherName(GlossaryEntry entry) => entry.En;

    public override string TermNames(GlossaryEntry entry) => $"{entry.Term} {entry.En}";

    // The paragraph already holds the Chinese terms.
    public override IEnumerable<string> ParagraphTermNames(IEnumerable<GlossaryEntry> entries) => [];

    // Chinese documents also carry, as words of one character, the characters of their names (title,
    // quotes, glossary terms). The index segments 数据中台 as one word; the browser cuts the query 数据中台
    // into 数据|中|台, and 中 and 台 match no word of the document (Pagefind issue 1237). One-character
    // words let such a query match, with little weight so they never outrank the words themselves.
    public override IEnumerable<string> Characters(params string[] texts)
    {
        var characters = string.Concat(texts).EnumerateRunes().Where(Cjk.IsHan).Select(r => r.ToString()).Distinct(StringComparer.Ordinal);
        return [string.Join(" ", characters)];
    }

    // Pagefind joins blocks with ". " unless a block ends a sentence itself; in Chinese that shows as a
    // stray full stop in excerpts, so Chinese blocks end with 。 of their own.
    public override string Sentence(string text) =>
        text.Length == 0 || "。！？；…”」）)".Contains(text[^1], StringComparison.Ordinal) ? text : text + "。";
}
