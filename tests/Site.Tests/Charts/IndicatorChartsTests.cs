using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Charts;
using Site.Core.Model;

namespace Site.Tests.Charts;

/// <summary>
/// Charts drawn at build time, over a tiny site (<see cref="ChartsSite"/>): which indicators get which
/// charts, decided from their data; the drawing checked against the data through each mark's
/// <c>data-value</c>; every chart a labelled image with no inline style; and every text escaped.
/// </summary>
public sealed class IndicatorChartsTests(ChartsSite site) : IClassFixture<ChartsSite>
{
    [Theory]
    [InlineData("zh", "306亿元", "较2023年增加24亿元")]
    [InlineData("en", "30.6 billion yuan", "up 2.4 billion yuan on 2023")]
    public void ASeriesOfTwoExactValuesDrawsEachHeadlineFromZero(string code, string firstValue, string change)
    {
        var language = LanguageOf(code);
        var indicator = site["tax-series"];
        var chart = Assert.Single(Charts("tax-series", language));
        Assert.Equal("series", chart.Kind);
        Assert.Equal("tax-series-series", chart.Id);

        var svg = Svg(chart);
        var marks = Marks(svg);
        Assert.Equal(indicator.Observations.Select(o => o.Headline.ValueText), marks.Select(m => m.GetAttribute("data-value")));
        Assert.Equal(indicator.Observations.Select(o => language.Wording.FormatPeriod(o.Period)), marks.Select(m => m.GetAttribute("data-label")));
        Assert.All(marks, m => Assert.DoesNotContain("chart-bound", m.ClassName ?? string.Empty, StringComparison.Ordinal));

        // Both columns stand on the same zero line, so their heights are in the ratio of their values.
        Assert.Equal(Bottom(marks[0]), Bottom(marks[1]));
        Assert.Equal(330m / 306m, Number(marks[1], "height") / Number(marks[0], "height"), 2);

        AssertDrawn(firstValue, svg);
        Assert.Contains(change, Description(svg), StringComparison.Ordinal);
        Assert.Equal([language.Wording.FormatPeriod(new Period(2023)), language.Wording.FormatPeriod(new Period(2024))], chart.Rows.Select(r => r.Label));
        Assert.Equal(firstValue, chart.Rows[0].Value);
    }

    [Theory]
    [InlineData("zh", "至少6100家", "下限", "增加")]
    [InlineData("en", "at least 6,100 enterprises", "lower bound", "up ")]
    public void ABoundInASeriesIsDrawnHollowAndSaidToBeALowerBound(string code, string boundLabel, string note, string changeWord)
    {
        var chart = Assert.Single(Charts("enterprises", LanguageOf(code)));
        var svg = Svg(chart);
        var marks = Marks(svg);
        Assert.Equal(["6100", "6200"], marks.Select(m => m.GetAttribute("data-value")));
        Assert.Contains("chart-bound", marks[0].ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-bound", marks[1].ClassName ?? string.Empty, StringComparison.Ordinal);
        AssertDrawn(boundLabel, svg);
        Assert.Contains(note, Description(svg), StringComparison.Ordinal);
        Assert.Contains(note, chart.Caption, StringComparison.Ordinal);
        // No difference from a bound: the description gives none.
        Assert.DoesNotContain(changeWord, Description(svg), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "增长18%", "下降3%")]
    [InlineData("en", "up 18%", "down 3%")]
    public void ADecreaseInASeriesHangsBelowTheZeroLine(string code, string up, string down)
    {
        // Growth rates have a direction: a series, and no bar against 100%.
        var chart = Assert.Single(Charts("tax-growth", LanguageOf(code)));
        var svg = Svg(chart);
        var marks = Marks(svg);
        Assert.Equal(["18", "3"], marks.Select(m => m.GetAttribute("data-value")));
        Assert.Equal(Bottom(marks[0]), Number(marks[1], "y"));
        Assert.Equal(3m / 18m, Number(marks[1], "height") / Number(marks[0], "height"), 2);
        AssertDrawn(up, svg);
        AssertDrawn(down, svg);
    }

    [Theory]
    [InlineData("zh", "达55%", "其余：45%")]
    [InlineData("en", "55%", "The rest: 45%")]
    public void AShareIsTheFilledPartOfAHundredPercentBarAndAGrowthRateGetsNone(string code, string written, string rest)
    {
        var chart = Assert.Single(Charts("tax-share", LanguageOf(code)));
        Assert.Equal("share", chart.Kind);
        var svg = Svg(chart);
        var mark = Assert.Single(Marks(svg));
        Assert.Equal("55", mark.GetAttribute("data-value"));
        var track = svg.QuerySelector("rect.chart-track") ?? throw new InvalidOperationException("no track");
        Assert.Equal(0.55m, Number(mark, "width") / Number(track, "width"), 3);
        Assert.Equal(Number(track, "x"), Number(mark, "x"));
        Assert.Contains(rest, Description(svg), StringComparison.Ordinal);
        Assert.Equal(written, Assert.Single(chart.Rows).Value);
        // 同比增长18% is a growth rate: it has a direction, and no bar.
        Assert.DoesNotContain(Charts("tax-share", LanguageOf(code)).SelectMany(c => Marks(Svg(c))), m => m.GetAttribute("data-value") == "18");
    }

    [Theory]
    [InlineData("zh", "至少95%", "超过95%")]
    [InlineData("en", "at least 95%", "over 95%")]
    public void ABoundShareIsMarkedAtLeast(string code, string label, string written)
    {
        var chart = Assert.Single(Charts("led-share", LanguageOf(code)));
        var svg = Svg(chart);
        var mark = Assert.Single(Marks(svg));
        Assert.Equal("95", mark.GetAttribute("data-value"));
        Assert.Contains("chart-bound", mark.ClassName ?? string.Empty, StringComparison.Ordinal);
        AssertDrawn(label, svg);
        Assert.Contains(label, Description(svg), StringComparison.Ordinal);
        Assert.Equal(written, Assert.Single(chart.Rows).Value);
    }

    [Theory]
    [InlineData("zh", "报告未逐项列出", "2305人")]
    [InlineData("en", "Not itemised in the report", "2,305 people")]
    public void PartsOfAWholeShowWhatTheReportDoesNotItemise(string code, string notItemised, string remainder)
    {
        var chart = Assert.Single(Charts("talent-hukou", LanguageOf(code)));
        Assert.Equal("parts", chart.Kind);
        var svg = Svg(chart);
        var marks = Marks(svg);
        Assert.Equal(["7066", "3073", "1688", "2305"], marks.Select(m => m.GetAttribute("data-value")));
        Assert.Equal(notItemised, marks[3].GetAttribute("data-label"));

        // The whole's bar is exactly filled by the parts and the remainder, laid end to end.
        Assert.Equal(Number(marks[0], "width"), marks.Skip(1).Sum(m => Number(m, "width")), 1);
        Assert.Equal(Number(marks[1], "x") + Number(marks[1], "width"), Number(marks[2], "x"), 1);
        Assert.Equal(new ChartRow(notItemised, remainder), chart.Rows[^1]);
        Assert.Contains(remainder, Description(svg), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "不是确数")]
    [InlineData("en", "not an exact count")]
    public void PartsOfABoundWholeInventNoRemainder(string code, string note)
    {
        var chart = Assert.Single(Charts("services", LanguageOf(code)));
        var svg = Svg(chart);
        var marks = Marks(svg);
        Assert.Equal(["7000", "3000"], marks.Select(m => m.GetAttribute("data-value")));
        Assert.Contains("chart-bound", marks[0].ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(svg.QuerySelectorAll("rect.chart-remainder"));
        Assert.Contains(note, chart.Caption, StringComparison.Ordinal);
        Assert.Contains(note, Description(svg), StringComparison.Ordinal);
        Assert.Equal(2, chart.Rows.Count);
    }

    [Theory]
    [InlineData("zh", "401台", "302台")]
    [InlineData("en", "401 elevators", "302 elevators")]
    public void StartedAndCompletedStandSideBySideNeverAddedUp(string code, string started, string completed)
    {
        var language = LanguageOf(code);
        var chart = Assert.Single(Charts("elevators", language));
        Assert.Equal("stages", chart.Kind);
        var svg = Svg(chart);
        var marks = Marks(svg);
        Assert.Equal(["401", "302"], marks.Select(m => m.GetAttribute("data-value")));
        Assert.Equal(site["elevators"].Latest.Further[0].Label[language], marks[0].GetAttribute("data-label"));
        Assert.Equal(Number(marks[0], "x"), Number(marks[1], "x"));
        Assert.Equal(302m / 401m, Number(marks[1], "width") / Number(marks[0], "width"), 2);
        AssertDrawn(started, svg);
        AssertDrawn(completed, svg);
        Assert.DoesNotContain("703", svg.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal([started, completed], chart.Rows.Select(r => r.Value));
    }

    [Theory]
    [InlineData("tax-revenue", "zh")]
    [InlineData("tax-revenue", "en")]
    [InlineData("rank", "zh")]
    [InlineData("rank", "en")]
    [InlineData("coverage", "zh")]
    [InlineData("coverage", "en")]
    public void ASingleCountARankOrAClaimGetsNoChart(string id, string code) =>
        Assert.Empty(Charts(id, LanguageOf(code)));

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void EveryChartIsALabelledImageWithNoInlineStyle(string code)
    {
        var language = LanguageOf(code);
        var charts = site.Model.Indicators.SelectMany(i => Charts(i.Id, language).Select(c => (Indicator: i, Chart: c))).ToList();
        Assert.Equal(["parts", "parts", "series", "series", "series", "share", "share", "stages"], charts.Select(c => c.Chart.Kind).Order(StringComparer.Ordinal));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (indicator, chart) in charts)
        {
            Assert.StartsWith($"{indicator.Id}-{chart.Kind}", chart.Id, StringComparison.Ordinal);
            Assert.DoesNotContain("style", chart.Svg.Value, StringComparison.OrdinalIgnoreCase);
            var document = Svg(chart);
            var svg = Assert.Single(document.QuerySelectorAll("svg"));
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.StartsWith("0 0 320 ", svg.GetAttribute("viewBox"), StringComparison.Ordinal);
            Assert.DoesNotContain(document.All, e => e.HasAttribute("style"));
            var labelledBy = (svg.GetAttribute("aria-labelledby") ?? string.Empty).Split(' ');
            Assert.Equal([$"{chart.Id}-title", $"{chart.Id}-desc"], labelledBy);
            Assert.Equal("title", svg.Children[0].LocalName);
            Assert.Equal(labelledBy[0], svg.Children[0].Id);
            Assert.Equal("desc", svg.Children[1].LocalName);
            Assert.Equal(labelledBy[1], svg.Children[1].Id);
            Assert.All(svg.Children.Take(2), e => Assert.False(string.IsNullOrWhiteSpace(e.TextContent)));
            Assert.All(labelledBy, id => Assert.True(ids.Add(id), $"{id} is used twice"));
            Assert.False(string.IsNullOrWhiteSpace(chart.Caption));
            Assert.NotEmpty(chart.Rows);
            Assert.All(Marks(document), m =>
            {
                Assert.False(string.IsNullOrWhiteSpace(m.GetAttribute("data-label")));
                Assert.True(decimal.TryParse(m.GetAttribute("data-value"), NumberStyles.Number, CultureInfo.InvariantCulture, out _));
            });
        }
    }

    [Fact]
    public void TextFromTheDataIsEscaped()
    {
        const string Label = "<script>alert(1)</script> LED share";
        var chart = Assert.Single(Charts("led-share", Language.En));
        Assert.DoesNotContain("<script", chart.Svg.Value, StringComparison.OrdinalIgnoreCase);
        var svg = Svg(chart);
        Assert.Empty(svg.QuerySelectorAll("script"));
        Assert.Contains(Label, svg.QuerySelector("title")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Label, Assert.Single(Marks(svg)).GetAttribute("data-label"));
        AssertDrawn(Label, svg);
    }

    [Fact]
    public void TheRealReportsExamplesGetTheirCharts()
    {
        var result = Site.Core.Pipeline.BuildPipeline.Run(new Site.Core.Pipeline.BuildOptions(Site.Testing.RepositoryRoot.Path) { Write = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
        var model = result.Site ?? throw new InvalidOperationException("a successful build has a site");
        var talent = IndicatorCharts.For(model.Indicators.Single(i => i.Id == "talent-hukou"), Language.Zh, model.Strings);
        Assert.Equal(["7066", "3073", "1688", "2305"], Marks(Svg(Assert.Single(talent))).Select(m => m.GetAttribute("data-value")));
        var elevators = IndicatorCharts.For(model.Indicators.Single(i => i.Id == "elevator-retrofits"), Language.En, model.Strings);
        Assert.Equal(["401", "302"], Marks(Svg(Assert.Single(elevators))).Select(m => m.GetAttribute("data-value")));
    }

    private IReadOnlyList<ChartView> Charts(string id, Language language) => IndicatorCharts.For(site[id], language, site.Model.Strings);

    internal static Language LanguageOf(string code) => Language.All.Single(l => l.Code == code);

    internal static IDocument Svg(ChartView chart) => new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + chart.Svg.Value + "</body></html>");

    private static List<IElement> Marks(IDocument svg) => [.. svg.QuerySelectorAll("[data-value]")];

    // A label may be wrapped over several lines of text: compared with the lines put together, spaces aside.
    private static void AssertDrawn(string text, IDocument svg) =>
        Assert.Contains(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(svg.QuerySelectorAll("text").Select(t => t.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal))), StringComparison.Ordinal);

    private static string Description(IDocument svg) => svg.QuerySelector("desc")?.TextContent ?? string.Empty;

    private static decimal Number(IElement element, string attribute) =>
        decimal.Parse(element.GetAttribute(attribute) ?? "NaN", CultureInfo.InvariantCulture);

    private static decimal Bottom(IElement rect) => Number(rect, "y") + Number(rect, "height");
}
