using Site.Core.Model;

namespace Site.Core.Search;

/// <summary>
/// What the search index reads in each language, said once per language: Chinese readers search the
/// report's own words; readers of English search its rendering, and find Chinese names by their English
/// names and pinyin. Chosen once per language by <see cref="For"/>.
/// </summary>
public abstract class SearchText
{
    public static SearchText For(Language language) => language.Pick<SearchText>(new ChineseSearchText(), new EnglishSearchText());

    public abstract Language Language { get; }

    /// <summary>The words of a citation a reader searches by: the quote, or its rendering.</summary>
    public abstract string Quote(Citation citation);

    /// <summary>A paragraph as a reader searches it: the text, or its rendering.</summary>
    public abstract string Paragraph(Paragraph paragraph);

    /// <summary>The sentences of a paragraph that hold the cited words (<see cref="SourceContext"/>).</summary>
    public abstract IReadOnlyList<string> Sentences(Paragraph paragraph, IEnumerable<Citation> citations);

    /// <summary>A glossary entry's title in results: its name in this language.</summary>
    public abstract string GlossaryTitle(GlossaryEntry entry);

    /// <summary>A glossary entry's other names, shown under its title.</summary>
    public abstract string GlossaryOtherName(GlossaryEntry entry);

    /// <summary>The names a text mentioning the entry is also found by.</summary>
    public abstract string TermNames(GlossaryEntry entry);

    /// <summary>The names a paragraph is also found by, for the glossary terms it mentions.</summary>
    public abstract IEnumerable<string> ParagraphTermNames(IEnumerable<GlossaryEntry> entries);

    /// <summary>One-character words a document is also found by (see <see cref="ChineseSearchText"/>).</summary>
    public abstract IEnumerable<string> Characters(params string[] texts);

    /// <summary>A block of text as it ends a sentence in this language.</summary>
    public abstract string Sentence(string text);
}
