using AngleSharp.Html.Parser;
using Scriban;
using Scriban.Runtime;
using Site.Core.Charts;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Tests.Charts;

/// <summary>
/// theme/partials/charts.html, rendered in the site's escaping template context: each chart a figure with
/// its SVG written as it is, a caption, and its data as a table, every text escaped once.
/// </summary>
public sealed class ChartsPartialTests(ChartsSite site) : IClassFixture<ChartsSite>
{
    private static readonly string[] Indicators = ["talent-hukou", "led-share", "elevators"];

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void EachChartIsAFigureWithItsCaptionAndItsDataAsATable(string code)
    {
        var language = IndicatorChartsTests.LanguageOf(code);
        var charts = Indicators
            .SelectMany(id => IndicatorCharts.For(site[id], language, site.Model.Strings))
            .ToList();
        var strings = site.Model.Strings.For(language);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + Render(charts, strings) + "</body></html>");

        Assert.Empty(document.QuerySelectorAll("script"));
        var figures = document.QuerySelectorAll("figure.chart");
        Assert.Equal(charts.Count, figures.Length);
        foreach (var (figure, chart) in figures.Zip(charts))
        {
            Assert.Equal(chart.Id, figure.Id);
            Assert.NotNull(figure.QuerySelector("svg[role=img] > title"));
            Assert.Equal(chart.Caption, figure.QuerySelector("figcaption")?.TextContent);
            Assert.Equal(strings["chart.table_caption"], figure.QuerySelector("table.chart-data > caption")?.TextContent);
            var rows = figure.QuerySelectorAll("table.chart-data tbody tr");
            Assert.Equal(chart.Rows.Select(r => (r.Label, r.Value)), rows.Select(r => (r.QuerySelector("th")?.TextContent ?? string.Empty, r.QuerySelector("td")?.TextContent ?? string.Empty)));
        }
    }

    private static string Render(IReadOnlyList<ChartView> charts, System.Collections.Immutable.ImmutableSortedDictionary<string, string> strings)
    {
        var template = Template.Parse(File.ReadAllText(Path.Combine(Site.Testing.RepositoryRoot.Path, "theme", "partials", "charts.html")));
        var globals = new ScriptObject { ["charts"] = charts };
        globals.Import("tr", new Func<string, string>(key => strings[key]));
        var context = new EscapingTemplateContext();
        context.PushGlobal(globals);
        return template.Render(context);
    }
}
