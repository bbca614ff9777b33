using Site.Core.Model;
using Site.Tests.Support;

namespace Site.Tests.Resolving;

/// <summary>
/// The resolve stage hands every later stage references, not ids: each figure's unit, document and
/// paragraph, the quote's proven place and the figure's own words in the paragraph; the indicators in
/// report order; each theme's indicators and first paragraph; each paragraph's citing figures.
/// </summary>
public sealed class ResolveSiteTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EveryFigureCarriesTheRangesValidationProved()
    {
        var model = _site.Write("input/tax.yaml", TestSite.TaxIndicator()).BuildOk().Site!;
        foreach (var figure in Assert.Single(model.Indicators).AllFigures)
        {
            var citation = figure.Citation;
            Assert.Equal(citation.Quote, citation.Paragraph.Text.Substring(citation.QuoteRange.Start, citation.QuoteRange.Length));
            Assert.Equal(figure.Written.Text, citation.Paragraph.Text.Substring(citation.FigureRange.Start, citation.FigureRange.Length));
            Assert.True(citation.QuoteRange.Start <= citation.FigureRange.Start && citation.FigureRange.End <= citation.QuoteRange.End);
            Assert.Same(citation.Document.Paragraphs[0], citation.Paragraph);
        }

        var headline = model.Indicators[0].Latest.Headline;
        Assert.Equal(("yi-yuan", "report", "p1", "306亿元"), (headline.Unit.Id, headline.Citation.Document.Id, headline.Citation.Paragraph.Id, headline.Written.Text));
        Assert.Equal(30_600_000_000m, headline.Quantity);
        Assert.Equal(("increase", "year-on-year"), (model.Indicators[0].Latest.Further[0].Qualifier?.Id, model.Indicators[0].Latest.Further[0].Basis?.Id));
    }

    [Fact]
    public void IndicatorsAreInReportOrderWhateverTheirFileNames()
    {
        // a.yaml cites the second paragraph, z.yaml the first: the report tells z first.
        _site.Write("input/a.yaml", Indicator("lifts", "housing", "p2", "302", "tai", "加装电梯完工302台", "noun: { one: elevator, other: elevators }"));
        _site.Write("input/z.yaml", Indicator("area", "digital", "p1", "30", "wan-square-metres", "新增面积30万平方米"));
        _site.Write("input/m.yaml", Indicator("tax", "digital", "p1", "306", "yi-yuan", "实现综合税收306亿元"));
        var model = _site.BuildOk().Site!;
        Assert.Equal(["tax", "area", "lifts"], model.Indicators.Select(i => i.Id));
        Assert.Equal([0, 1, 2], model.Indicators.Select(i => i.Order));
    }

    [Fact]
    public void ThemesKnowTheirIndicatorsAndParagraphsTheirCitingFigures()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.Write("input/lifts.yaml", Indicator("lifts", "housing", "p2", "302", "tai", "加装电梯完工302台", "noun: { one: elevator, other: elevators }"));
        var model = _site.BuildOk().Site!;

        var economy = Assert.Single(model.Sections);
        Assert.Equal("economy", economy.Theme.Id);
        Assert.Empty(economy.Indicators);
        Assert.Equal("p1", economy.FirstParagraph?.Id);
        Assert.Equal(["digital", "housing"], economy.SubThemes.Select(s => s.Theme.Id));
        Assert.Equal(["tax-revenue"], economy.SubThemes[0].Indicators.Select(i => i.Id));
        Assert.Null(economy.SubThemes[0].FirstParagraph);
        Assert.Equal("p2", economy.SubThemes[1].FirstParagraph?.Id);
        Assert.Same(economy.Theme, economy.SubThemes[1].Parent);

        var lifts = model.Indicators.Single(i => i.Id == "lifts");
        Assert.Equal(("housing", "economy"), (lifts.Theme.Id, lifts.Section.Id));

        var paragraphs = Assert.Single(model.Sources).Paragraphs;
        Assert.Equal(["tax-revenue", "tax-revenue"], paragraphs[0].Citations.Select(c => c.Indicator.Id));
        Assert.Equal(["tax-revenue"], paragraphs[0].Indicators.Select(i => i.Id));
        Assert.Equal(["lifts"], paragraphs[1].Indicators.Select(i => i.Id));
        Assert.Equal((1, 2), (paragraphs[0].Paragraph.Number, paragraphs[1].Paragraph.Number));
        Assert.Equal(("economy", "housing", "economy"), (paragraphs[0].Paragraph.Theme.Id, paragraphs[1].Paragraph.Theme.Id, paragraphs[1].Paragraph.Section.Id));
    }

    [Fact]
    public void ARefusedSiteIsNotResolved()
    {
        var result = _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("unit: yi-yuan", "unit: yuan", StringComparison.Ordinal)).Build();
        Assert.False(result.Succeeded);
        Assert.Null(result.Site);
    }

    private static string Indicator(string id, string theme, string paragraph, string value, string unit, string quote, string extra = "") => $"""
        id: {id}
        theme: {theme}
        label: {"{"} zh: 标签, en: Label {"}"}
        description: {"{"} zh: 描述。, en: A description. {"}"}
        value: {value}
        unit: {unit}
        {extra}
        period: 2023
        source:
          document: report
          paragraph: {paragraph}
          quote: {quote}
          translation: the quote in English
        added: 2024-02-01
        updated: 2024-02-01
        """;
}
