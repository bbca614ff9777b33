using System.Globalization;
using AngleSharp.Dom;
using Site.Core.Model;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>
/// Every chart on every indicator page of the real site and the example, in both languages, draws the
/// data and nothing else: each mark's value is the value as the data writes it (or, for the unnamed part
/// of a whole, exactly the whole minus the named parts), each chart is an image with a title and a
/// description, and its data is also in a table.
/// </summary>
public sealed class ChartDataTests : IClassFixture<BuiltSite>, IClassFixture<BuiltExample>
{
    private readonly BuiltSite _real;
    private readonly BuiltExample _example;

    public ChartDataTests(BuiltSite real, BuiltExample example)
    {
        _real = real;
        _example = example;
    }

    [Fact]
    public void EveryChartsMarksAreTheData()
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var site in new BuiltSite[] { _real, _example })
        {
            foreach (var indicator in site.Model.Indicators)
            {
                foreach (var lang in new[] { "zh", "en" })
                {
                    foreach (var chart in site.Page($"{lang}/indicators/{indicator.Id}/index.html").QuerySelectorAll("figure.chart"))
                    {
                        var kind = chart.ClassList.Single(c => c.StartsWith("chart-", StringComparison.Ordinal))["chart-".Length..];
                        kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                        Check(indicator, kind, chart);
                    }
                }
            }
        }

        // The real site has a share, a parts and a stages chart; the example a series.
        Assert.True(kinds.Keys.Order(StringComparer.Ordinal).SequenceEqual(["parts", "series", "share", "stages"]), string.Join(", ", kinds.Keys));
    }

    private static void Check(Indicator indicator, string kind, IElement chart)
    {
        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(2, svg.GetAttribute("aria-labelledby")!.Split(' ').Length);
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")?.TextContent));
        Assert.Null(chart.QuerySelector("[style]"));
        Assert.NotEmpty(chart.QuerySelectorAll("table.chart-data tbody tr"));

        var marks = svg.QuerySelectorAll("[data-value]").Select(m => m.GetAttribute("data-value")!).ToList();
        var latest = indicator.Latest;
        switch (kind)
        {
            case "series":
                Assert.Equal(indicator.Observations.Select(o => o.Headline.ValueText), marks);
                break;
            case "share":
                Assert.Contains(marks.Single(), latest.AllFigures.Where(f => f.Unit.Format == UnitFormat.Percent).Select(f => f.ValueText));
                break;
            case "parts":
                var parts = latest.Further.Where(f => f.Relation == FigureRelation.Part).Select(f => f.ValueText!).ToList();
                Assert.Equal(latest.Headline.ValueText, marks[0]);
                Assert.Equal(parts, marks.Skip(1).Take(parts.Count));
                if (marks.Count > parts.Count + 1)
                {
                    // The unnamed remainder, shown only when everything is exact: the whole minus the named parts.
                    var remainder = Parse(marks[^1]);
                    Assert.Equal(latest.Headline.Value!.Value - parts.Sum(Parse), remainder);
                }

                break;
            case "stages":
                var staged = latest.AllFigures.Where(f => f.Stage != Stage.None).Select(f => f.ValueText).ToList();
                Assert.Equal(staged.Order(StringComparer.Ordinal), marks.Order(StringComparer.Ordinal));
                break;
            default:
                Assert.Fail($"unknown chart kind {kind}");
                break;
        }
    }

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
