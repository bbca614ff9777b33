using Site.Core.Model;

namespace Site.Core.Search;

/// <summary>Search in English: the report's rendering, and Chinese names by their English names and pinyin.</summary>
public sealed class EnglishSearchText : SearchText
{
    public override Language Language => Language.En;

    public override string Quote(Citation citation) => citation.Translation;

    public override string Paragraph(Paragraph paragraph) => paragraph.Translation;

    public override IReadOnlyList<string> Sentences(Paragraph paragraph, IEnumerable<Citation> citations) => SourceContext.English(paragraph, citations);

    public override string GlossaryTitle(GlossaryEntry entry) => entry.En;

    public override string GlossaryOtherName(GlossaryEntry entry) => JoinNonEmpty(entry.Term, entry.Pinyin);

    public override string TermNames(GlossaryEntry entry) => JoinNonEmpty(entry.En, entry.Pinyin);

    public override IEnumerable<string> ParagraphTermNames(IEnumerable<GlossaryEntry> entries) => entries.Select(TermNames);

    public override IEnumerable<string> Characters(params string[] texts) => [];

    public override string Sentence(string text) => text;

    private static string JoinNonEmpty(params string?[] parts) => string.Join(" ", parts.Where(s => !string.IsNullOrEmpty(s)));
}
