using Site.Tests.Support;

namespace Site.Tests.Resolving;

/// <summary>
/// A series and its changes, over a tiny site with two reports a year apart: the exact difference in the
/// unit's own terms, percentages compared in percentage points, a decrease signed, and no difference
/// (with a note) from a rank or a bound.
/// </summary>
public sealed class SeriesTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create().WithSecondReport();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("value: 306", "unit: yi-yuan", "实现综合税收306亿元", "value: 330", "实现综合税收330亿元", "", "较2023年增加24亿元", "up 2.4 billion yuan on 2023")]
    [InlineData("value: 18", "unit: percent", "同比增长18%", "value: 8", "同比增长8%", "qualifier: increase", "较2023年减少10个百分点", "down 10 percentage points on 2023")]
    [InlineData("value: 302", "unit: tai", "加装电梯完工302台", "value: 350", "加装电梯完工350台", "noun: { one: elevator, other: elevators }", "较2023年增加48台", "up 48 elevators on 2023")]
    public void AChangeIsTheExactDifference(string value2023, string unit, string quote2023, string value2024, string quote2024, string extra, string zh, string en)
    {
        Build(value2023, unit, quote2023, value2024, quote2024, extra, paragraph2023: quote2023.Contains("电梯", StringComparison.Ordinal) ? "p2" : "p1");
        Assert.Equal(zh, Change("zh"));
        Assert.Equal(en, Change("en"));
    }

    [Fact]
    public void ARankIsNotSubtracted()
    {
        Build("value: 1", "unit: rank", "位居全市第一", "value: 2", "位居全市第二", "scope: { zh: 全市, en: in Shanghai }", paragraph2023: "p2");
        Assert.Null(Change("en"));
        Assert.Contains("ranks are places", Note("en"), StringComparison.Ordinal);
        Assert.Contains("排名", Note("zh"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExactCountIsNotComparedWithABound()
    {
        // 6100余家 (more than 6,100) in 2023 and an exact 6200 the next year: the difference is unknown.
        _site.Write("data/sources/report-2025.yaml", File.ReadAllText(Path.Combine(_site.Root, "data/sources/report-2025.yaml"))
            .Replace("位居全市第二。", "位居全市第二,6200家企业。", StringComparison.Ordinal));
        Build("value: 6100", "unit: jia", "6100余家企业", "value: 6200", "6200家企业", "noun: { one: enterprise, other: enterprises }", paragraph2023: "p2", qualifier2023: "qualifier: more-than");
        Assert.Null(Change("zh"));
        Assert.Contains("约数", Note("zh"), StringComparison.Ordinal);
        Assert.Contains("a bound", Note("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void ObservationsAreOrderedByPeriodWhateverTheFileOrder()
    {
        var series = TestSite.SeriesIndicator();
        var at = series.IndexOf("  - period: 2024", StringComparison.Ordinal);
        var start = series.IndexOf("  - period: 2023", StringComparison.Ordinal);
        var end = series.IndexOf("added:", StringComparison.Ordinal);
        var swapped = series[..start] + series[at..end] + series[start..at] + series[end..];
        var model = _site.Write("input/tax.yaml", swapped).BuildOk().Site!;
        var indicator = Assert.Single(model.Indicators);
        Assert.Equal([2023, 2024], indicator.Observations.Select(o => o.Period.Year));
        Assert.Equal("330", indicator.Latest.Headline.ValueText);
    }

    private void Build(string value2023, string unit, string quote2023, string value2024, string quote2024, string extra, string paragraph2023, string qualifier2023 = "")
    {
        var qualifier2024 = extra.StartsWith("qualifier", StringComparison.Ordinal) ? extra : string.Empty;
        var noun = extra.StartsWith("qualifier", StringComparison.Ordinal) ? string.Empty : extra;
        _site.Write("input/series.yaml", $$"""
            id: series
            theme: digital
            label: { zh: 标签, en: Label }
            observations:
              - period: 2023
                description: { zh: 2023年。, en: In 2023. }
                {{value2023}}
                {{unit}}
                {{qualifier2024}}
                {{qualifier2023}}
                {{noun}}
                source: { document: report, paragraph: {{paragraph2023}}, quote: {{quote2023}}, translation: the quote }
              - period: 2024
                description: { zh: 2024年。, en: In 2024. }
                {{value2024}}
                {{unit}}
                {{qualifier2024}}
                {{noun}}
                source: { document: report-2025, paragraph: p1, quote: {{quote2024}}, translation: the quote }
            added: 2024-02-01
            updated: 2025-02-01
            """);
        _site.BuildOk();
    }

    private string? Change(string lang) => _site.Html($"{lang}/indicators/series/index.html").QuerySelector("table.series tbody tr td.change")?.TextContent;

    private string Note(string lang) => _site.Html($"{lang}/indicators/series/index.html").QuerySelector("table.series tbody tr td.change-note")!.TextContent;
}
