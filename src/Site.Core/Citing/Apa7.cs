using System.Globalization;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// APA 7th edition, for English pages. The indicator page is a data set: Author. (Date). <i>Title</i>
/// [Data set]. Site. URL. The report: Issuer. (Date). <i>Original title</i> [English title] [Report].
/// APA puts a paragraph in the in-text citation ("para. 3"), never in the reference, so
/// <see cref="FormattedCitation.InText"/> carries it. No retrieval date: see docs/citing.md.
/// </summary>
internal sealed class Apa7 : CitationStyle
{
    public override FormattedCitation Indicator(Indicator indicator, SiteSettings settings, Language language)
    {
        var author = settings.Publisher[language];
        var site = settings.Title[language];
        var builder = new CitationBuilder()
            .Plain(author).Sentence()
            .Plain("(" + Date(indicator.Updated) + ")").Sentence()
            .Italic(indicator.Label[language]).Plain(" [Data set]").Sentence();

        // APA leaves out a publisher that is the author too.
        if (!string.Equals(site, author, StringComparison.Ordinal))
        {
            builder.Plain(site).Sentence();
        }

        // A URL ends the reference with no period: one would read as part of the address.
        return builder.Link(settings.Absolute(Urls.Indicator(language, indicator.Id))).Build() with
        {
            InText = InText(author, indicator.Updated, null),
        };
    }

    public override FormattedCitation Report(SourceDocument document, Paragraph? paragraph, Language language)
    {
        var issuer = document.Issuer[language];
        var builder = new CitationBuilder()
            .Plain(issuer).Sentence()
            .Plain("(" + Date(document.Date) + ")").Sentence()
            .Italic(document.Title[Language.Source], language.IsSource ? null : Language.Source.HtmlLang);

        // A title in another language is followed by its translation, in square brackets, not italicised.
        // APA would transliterate a Chinese title; the data has no pinyin for it, and the characters are
        // what a reader searches for to find the report.
        var translation = document.Title[language];
        if (!string.Equals(translation, document.Title[Language.Source], StringComparison.Ordinal))
        {
            builder.Plain(" [" + translation + "]");
        }

        return builder.Plain(" [Report]").Period().Build() with { InText = InText(issuer, document.Date, paragraph) };
    }

    protected override string SourceNote(FormattedCitation report, Paragraph paragraph, string paragraphUrl) =>
        string.Create(CultureInfo.InvariantCulture, $"Original source: {report.Text} {Locator(paragraph, "Section", "Para.")}, with a translation: {paragraphUrl}");

    // APA writes the full date of a page or a report as (2024, January 16).
    private static string Date(DateOnly date) => date.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture);

    private static string InText(string author, DateOnly date, Paragraph? paragraph) =>
        paragraph is null
            ? string.Create(CultureInfo.InvariantCulture, $"({author}, {date.Year})")
            : string.Create(CultureInfo.InvariantCulture, $"({author}, {date.Year}, {Locator(paragraph, "Section", "para.")})");

    // APA locates a paragraph within a numbered section ("Section 3, para. 2"); a count over an excerpt
    // would not match the whole report.
    private static string Locator(Paragraph paragraph, string section, string para) =>
        paragraph.Section.Number is { } number
            ? string.Create(CultureInfo.InvariantCulture, $"{section} {number.En}, {para} {paragraph.NumberInSection}")
            : string.Create(CultureInfo.InvariantCulture, $"excerpt, {para} {paragraph.Number}");
}
