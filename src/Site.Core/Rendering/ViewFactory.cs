using System.Collections.Immutable;
using System.Globalization;
using Site.Core.Charts;
using Site.Core.Formatting;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// Builds the views templates see, for one language. All formatting decisions (numbers, dates, which
/// words are marked, whether a translation is shown) are made here, in C#, so templates only lay things
/// out. It walks the resolved model: nothing is looked up by id and no quote is searched for.
/// </summary>
public sealed class ViewFactory(SiteModel site, Language language)
{
    private readonly MarkLabels _citedLabels = new(
        site.Strings.For(language)[EngineStrings.CitedStart], site.Strings.For(language)[EngineStrings.CitedEnd], language.HtmlLang);

    public Language Language => language;

    public SiteModel Site => site;

    /// <summary>An interface string the engine reads (validation made sure both languages define it).</summary>
    public string Text(string key) => site.Strings.For(language)[key];

    public FigureView Figure(Figure figure)
    {
        var formatted = language.Wording.Figure(figure);
        return new FigureView(
            figure.Label[language],
            formatted.Before,
            formatted.Number,
            formatted.After,
            formatted.Separator,
            formatted.Text,
            figure.Written.Text,
            figure.Citation.Quote,
            Translated(figure.Citation.Translation),
            figure.Relation.ToString().ToLowerInvariant(),
            figure.Unit.Kind,
            figure.Direction is Direction.None ? string.Empty : figure.Direction.ToString().ToLowerInvariant(),
            ParagraphUrl(figure.Citation.Paragraph));
    }

    public IndicatorCardView Card(Indicator indicator) => new(
        indicator.Id,
        indicator.Label[language],
        Urls.Indicator(language, indicator.Id),
        Figure(indicator.Latest.Headline),
        language.Wording.FormatPeriod(indicator.Latest.Period),
        indicator.AllFigures.Length,
        indicator.Theme.Title[language],
        Urls.Theme(language, indicator.Theme.Id));

    public ThemeView Theme(ThemeContents contents) => new(
        contents.Theme.Id,
        contents.Theme.Title[language],
        contents.Theme.Number?[language],
        contents.Theme.Summary?[language],
        Urls.Theme(language, contents.Theme.Id),
        [.. contents.Indicators.Select(Card)],
        [.. contents.SubThemes.Select(Theme)],
        contents.FirstParagraph is { } paragraph ? ParagraphUrl(paragraph) : null);

    public SectionView Section(ThemeContents contents)
    {
        var children = contents.SubThemes.Select(Section).ToArray();
        return new SectionView(
            contents.Theme.Id,
            contents.Theme.Title[language],
            contents.Theme.Summary?[language],
            Urls.Theme(language, contents.Theme.Id),
            children,
            contents.Indicators.Length + children.Sum(c => c.IndicatorCount));
    }

    public LinkView ThemeLink(Theme theme) => new(theme.Title[language], Urls.Theme(language, theme.Id));

    public DocumentView Document(SourceDocument document) => new(
        document.Id,
        document.Title[language],
        document.ShortTitle[language],
        document.Issuer[language],
        document.Speaker[language],
        document.Occasion[language],
        document.Part[language],
        document.Provenance[language],
        language.Wording.FormatDate(document.Date),
        document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Urls.Source(language, document.Id));

    public GlossaryView Glossary(GlossaryEntry entry)
    {
        // The reader's own name for the term leads; the other follows in its language.
        var (name, nameClass, other, otherClass) = language.Pick(
            (entry.Term, "glossary-term", entry.En, "glossary-en"),
            (entry.En, "glossary-en", entry.Term, "glossary-term"));
        return new GlossaryView(
            entry.Id,
            entry.Term,
            entry.En,
            name,
            nameClass,
            other,
            otherClass,
            language.Other.HtmlLang,
            Translated(entry.Pinyin),
            entry.Explanation[language],
            entry.EnSource?[language],
            Urls.GlossaryEntry(language, entry.Id));
    }

    public IndicatorView Indicator(Indicator indicator)
    {
        var latest = indicator.Latest;
        var citation = latest.Headline.Citation;
        var paragraph = citation.Paragraph;
        var marks = latest.AllFigures
            .Where(f => f.Citation.Paragraph == paragraph)
            .Select(f => new MarkedRange(f.Citation.QuoteRange.Start, f.Citation.QuoteRange.End, null, null));
        return new IndicatorView(
            indicator.Id,
            indicator.Label[language],
            latest.Description[language],
            language.Wording.FormatPeriod(latest.Period),
            Figure(latest.Headline),
            [.. latest.Further.Select(Figure)],
            new CitationView(
                Document(citation.Document),
                indicator.Section.Title[language],
                paragraph.Id,
                ParagraphUrl(paragraph),
                ParagraphMarkup.Render(paragraph.Text, marks, _citedLabels),
                Translated(paragraph.Translation),
                Reference(citation)),
            indicator.HasSeries ? [.. indicator.Observations.Reverse().Select(SeriesRow)] : [],
            [.. TermsIn(paragraph.Text).Select(Glossary)],
            ThemeLink(indicator.Section),
            ThemeLink(indicator.Theme),
            indicator.Order > 0 ? Link(site.Indicators[indicator.Order - 1]) : null,
            indicator.Order < site.Indicators.Length - 1 ? Link(site.Indicators[indicator.Order + 1]) : null,
            Urls.OpenDataJson,
            language.Wording.FormatDate(indicator.Added),
            Iso(indicator.Added),
            language.Wording.FormatDate(indicator.Updated),
            Iso(indicator.Updated),
            [.. indicator.Corrections.Select(c => new CorrectionView(language.Wording.FormatDate(c.Date), Iso(c.Date), c.What[language], c.Why[language]))],
            [.. Downloads(indicator)],
            IndicatorCharts.For(indicator, language, site.Strings),
            Cite(indicator));
    }

    /// <summary>
    /// A paragraph of a source page: every cited figure in it is a link to its indicator, placed on the
    /// figure's own words (306亿元) so links never overlap even when quotes do.
    /// </summary>
    public ParagraphView Paragraph(CitedParagraph cited)
    {
        var paragraph = cited.Paragraph;
        var links = cited.Citations.Select(c => new MarkedRange(
            c.Figure.Citation.FigureRange.Start, c.Figure.Citation.FigureRange.End, Urls.Indicator(language, c.Indicator.Id), c.Indicator.Label[language]));
        return new ParagraphView(
            paragraph.Id,
            Reference(paragraph),
            paragraph.Heading,
            paragraph.Theme.Title[language],
            Urls.Theme(language, paragraph.Theme.Id),
            paragraph.Theme.IsSection,
            ParagraphMarkup.Render(paragraph.Text, links),
            Translated(paragraph.Translation),
            [.. cited.Indicators.Select(Link)]);
    }

    /// <summary>
    /// One row of a series: the figure as written and in English whatever the page's language (a
    /// bilingual series reads in both), and its change since the previous period, or why none is shown.
    /// </summary>
    public SeriesRowView SeriesRow(Observation observation)
    {
        var headline = observation.Headline;
        var citation = headline.Citation;
        return new SeriesRowView(
            language.Wording.FormatPeriod(observation.Period),
            observation.Period.Iso,
            headline.Written.Text,
            Language.En.Wording.Figure(headline).Text,
            ChangeText.Describe(observation.Change, language, site.Strings.For(language)),
            observation.Change is { Note: ChangeNote.Computed },
            Reference(citation),
            ParagraphUrl(citation.Paragraph));
    }

    /// <summary>How a citation names the paragraph in this language (（三）第2段, "section (3), paragraph 2").</summary>
    public string Reference(Paragraph paragraph) => language.Wording.ParagraphReference(paragraph);

    /// <summary>A citation's document and paragraph: 长宁区政府工作报告（2024），（三）第2段.</summary>
    public string Reference(Citation citation) => language.Wording.Reference(citation.Document.ShortTitle[language], citation.Paragraph);

    public string ParagraphUrl(Paragraph paragraph) => Urls.Paragraph(language, paragraph.DocumentId, paragraph.Id);

    /// <summary>The glossary entries whose term a Chinese text mentions.</summary>
    public IEnumerable<GlossaryEntry> TermsIn(string text) =>
        site.Glossary.Entries.Where(e => text.Contains(e.Term, StringComparison.Ordinal));

    public LinkView Link(Indicator indicator) => new(indicator.Label[language], Urls.Indicator(language, indicator.Id));

    /// <summary>A source document's citation on its own, in the page's language's style.</summary>
    public CiteView Cite(SourceDocument document)
    {
        var report = Citing.Cite.Report(document, null, language);
        return new CiteView(null, null, report.Html, report.InText);
    }

    // An indicator's own files: the data in both formats, the reference in this page's language.
    private IEnumerable<DownloadView> Downloads(Indicator indicator) =>
    [
        new("CSV", Urls.IndicatorData(indicator.Id, "csv")),
        new("JSON", Urls.IndicatorData(indicator.Id, "json")),
        new("BibTeX", Urls.IndicatorData(indicator.Id, $"{language.Code}.bib")),
        new("CSL-JSON", Urls.IndicatorData(indicator.Id, $"{language.Code}.csl.json")),
    ];

    // The indicator page's citation and its original report's, at the paragraph its latest headline is quoted from.
    private CiteView Cite(Indicator indicator)
    {
        var page = Citing.Cite.Indicator(indicator, site.Settings, language);
        var citation = indicator.Latest.Headline.Citation;
        var report = Citing.Cite.Report(citation.Document, citation.Paragraph, language);
        return new CiteView(page.Html, page.Instruction, report.Html, report.InText);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Readers of the report's own language read the original; everyone else also gets the translation.
    private string? Translated(string? translation) => language.IsSource ? null : translation;
}
