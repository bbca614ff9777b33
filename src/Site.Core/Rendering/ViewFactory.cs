using System.Collections.Immutable;
using Site.Core.Formatting;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// Builds the views templates see, for one language. All formatting decisions (numbers, dates,
/// which words are marked) are made here, in C#, so templates only lay things out.
/// </summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly Language _language;
    private readonly FigureFormatter _formatter;
    private readonly ImmutableArray<Indicator> _ordered;
    private readonly ImmutableDictionary<string, int> _positions;
    private readonly ILookup<(string Document, string Paragraph), Indicator> _citing;
    private readonly ILookup<string, Indicator> _byTheme;

    public ViewFactory(SiteModel site, Language language, ImmutableArray<Indicator> ordered)
    {
        _site = site;
        _language = language;
        _formatter = new FigureFormatter(site);
        _ordered = ordered;
        _positions = ordered.Select((i, n) => KeyValuePair.Create(i.Id, n)).ToImmutableDictionary(StringComparer.Ordinal);
        // Which indicators cite each paragraph, in report order: source pages link them without a scan.
        _citing = ordered
            .SelectMany(i => i.AllFigures.Select(f => (Key: (f.Source.DocumentId, f.Source.ParagraphId), Indicator: i)))
            .Distinct()
            .ToLookup(x => x.Key, x => x.Indicator);
        _byTheme = ordered.ToLookup(i => i.ThemeId, StringComparer.Ordinal);
    }

    public Language Language => _language;

    public FigureView Figure(Figure figure)
    {
        var formatted = _formatter.Format(figure, _language);
        var unit = _site.Units[figure.UnitId];
        var qualifier = figure.QualifierId is null ? null : _site.Qualifiers[figure.QualifierId];
        return new FigureView(
            figure.Label[_language],
            formatted.Before,
            formatted.Number,
            formatted.After,
            formatted.Text,
            WrittenForm.Of(figure, unit, qualifier) ?? string.Empty,
            figure.Source.Quote,
            figure.Source.Translation,
            figure.Period,
            figure.Relation.ToString().ToLowerInvariant(),
            unit.Kind,
            qualifier?.Direction is { } d and not Direction.None ? d.ToString().ToLowerInvariant() : string.Empty,
            Urls.Paragraph(_language, figure.Source.DocumentId, figure.Source.ParagraphId));
    }

    public IndicatorCardView Card(Indicator indicator)
    {
        var theme = _site.FindTheme(indicator.ThemeId)!;
        return new IndicatorCardView(
            indicator.Id,
            indicator.Label[_language],
            Urls.Indicator(_language, indicator.Id),
            Figure(indicator.Figure),
            indicator.Figures.Length + 1,
            theme.Title[_language],
            Urls.Theme(_language, theme.Id));
    }

    public ThemeView Theme(Theme theme)
    {
        var paragraph = _site.Documents
            .SelectMany(d => d.Paragraphs.Select(p => (Document: d, Paragraph: p)))
            .FirstOrDefault(x => x.Paragraph.ThemeId == theme.Id);
        return new ThemeView(
            theme.Id,
            theme.Title[_language],
            theme.Number?[_language],
            theme.Summary?[_language],
            Urls.Theme(_language, theme.Id),
            [.. _byTheme[theme.Id].Select(Card)],
            [.. theme.Children.Select(Theme)],
            paragraph.Document is null ? null : Urls.Paragraph(_language, paragraph.Document.Id, paragraph.Paragraph.Id));
    }

    public DocumentView Document(SourceDocument document) => new(
        document.Id,
        document.Title[_language],
        document.ShortTitle[_language],
        document.Issuer[_language],
        document.Speaker[_language],
        document.Occasion[_language],
        document.Part[_language],
        document.Provenance[_language],
        Dates.Format(document.Date, _language),
        document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Urls.Source(_language, document.Id));

    public GlossaryView Glossary(GlossaryEntry entry) => new(
        entry.Id, entry.Term, entry.En, entry.Pinyin, entry.Explanation[_language], Urls.GlossaryEntry(_language, entry.Id));

    public IndicatorView Indicator(Indicator indicator)
    {
        var document = _site.FindDocument(indicator.Figure.Source.DocumentId)!;
        var paragraph = document.FindParagraph(indicator.Figure.Source.ParagraphId)!;
        var theme = _site.FindTheme(indicator.ThemeId)!;
        var section = _site.FindTheme(theme.ParentId!)!;
        var position = _positions[indicator.Id];
        var marks = indicator.AllFigures
            .Where(f => f.Source.DocumentId == document.Id && f.Source.ParagraphId == paragraph.Id)
            .Select(f => paragraph.Text.IndexOf(f.Source.Quote, StringComparison.Ordinal))
            .Zip(indicator.AllFigures.Where(f => f.Source.DocumentId == document.Id && f.Source.ParagraphId == paragraph.Id))
            .Select(x => new MarkedRange(x.First, x.First + x.Second.Source.Quote.Length, null, null));
        var reference = $"{document.ShortTitle[_language]}, {Reference(paragraph)}";
        return new IndicatorView(
            indicator.Id,
            indicator.Label[_language],
            indicator.Description[_language],
            Figure(indicator.Figure),
            [.. indicator.Figures.Select(Figure)],
            new CitationView(
                Document(document),
                section.Title[_language],
                paragraph.Id,
                Urls.Paragraph(_language, document.Id, paragraph.Id),
                ParagraphMarkup.Render(paragraph.Text, marks, CitedLabels()),
                paragraph.Translation,
                reference),
            [.. TermsIn(paragraph.Text).Select(Glossary)],
            new LinkView(section.Title[_language], Urls.Theme(_language, section.Id)),
            new LinkView(theme.Title[_language], Urls.Theme(_language, theme.Id)),
            position > 0 ? Link(_ordered[position - 1]) : null,
            position < _ordered.Length - 1 ? Link(_ordered[position + 1]) : null,
            Urls.OpenDataJson);
    }

    /// <summary>
    /// A paragraph of a source page: every cited figure in it is a link to its indicator, placed on the
    /// figure's own words (306亿元) so links never overlap even when quotes do.
    /// </summary>
    public ParagraphView Paragraph(SourceDocument document, Paragraph paragraph)
    {
        var theme = _site.FindTheme(paragraph.ThemeId)!;
        var links = new List<MarkedRange>();
        var cited = new List<LinkView>();
        foreach (var indicator in _citing[(document.Id, paragraph.Id)])
        {
            var citesHere = false;
            foreach (var figure in indicator.AllFigures.Where(f => f.Source.DocumentId == document.Id && f.Source.ParagraphId == paragraph.Id))
            {
                citesHere = true;
                if (FigureRange(paragraph, figure) is { } range)
                {
                    links.Add(new MarkedRange(range.Start, range.End, Urls.Indicator(_language, indicator.Id), indicator.Label[_language]));
                }
            }

            if (citesHere)
            {
                cited.Add(Link(indicator));
            }
        }

        return new ParagraphView(
            paragraph.Id,
            paragraph.Heading,
            theme.Title[_language],
            Urls.Theme(_language, theme.Id),
            theme.IsSection,
            ParagraphMarkup.Render(paragraph.Text, links),
            paragraph.Translation,
            cited);
    }

    public string Reference(Paragraph paragraph) =>
        _language.Code == "zh" ? $"第{paragraph.Id[1..]}段" : $"paragraph {paragraph.Id[1..]}";

    public IEnumerable<GlossaryEntry> TermsIn(string text) =>
        _site.Glossary.Entries.Where(e => text.Contains(e.Term, StringComparison.Ordinal));

    // What a screen reader says around the highlighted quote: the highlight itself is not announced.
    private MarkLabels CitedLabels()
    {
        var strings = _site.Strings.For(_language);
        return new MarkLabels(strings["indicator.cited_start"], strings["indicator.cited_end"], _language.HtmlLang);
    }

    private LinkView Link(Indicator indicator) => new(indicator.Label[_language], Urls.Indicator(_language, indicator.Id));

    private (int Start, int End)? FigureRange(Paragraph paragraph, Figure figure)
    {
        var quoteAt = paragraph.Text.IndexOf(figure.Source.Quote, StringComparison.Ordinal);
        var unit = _site.Units[figure.UnitId];
        var qualifier = figure.QualifierId is null ? null : _site.Qualifiers[figure.QualifierId];
        var at = WrittenForm.IndexIn(figure.Source.Quote, figure, unit, qualifier);
        return quoteAt < 0 || at < 0 ? null : (quoteAt + at, quoteAt + at + WrittenForm.Of(figure, unit, qualifier)!.Length);
    }
}
