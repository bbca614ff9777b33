using Site.Core.Model;
using Site.Tests.Support;

namespace Site.Tests.Charts;

/// <summary>
/// One tiny site, built once for every chart test: the test site's two reports, plus a third written here
/// whose paragraph holds the figures the chart kinds need (a whole and its parts, a bound share, a bound
/// whole, an exact count after a bound, a decrease), and one indicator per case. Each test reads an indicator by id.
/// </summary>
public sealed class ChartsSite : IDisposable
{
    /// <summary>The third report's paragraph: every quote of the indicators below that is not in the test site's own paragraphs.</summary>
    public const string ChartsParagraph = "人才。办理人才类落户7066人,其中人才引进落户3073人、留学生落户1688人;服务7000余人,其中青年3000人;景观照明使用率超过95%;6200家企业;税收同比下降3%。";

    private readonly TestSite _site;

    public ChartsSite()
    {
        _site = TestSite.Create().WithSecondReport();
        _site.Write("data/units.yaml", Read("data/units.yaml").TrimEnd() + "\n- { id: people, zh: 人, en: people, kind: count }\n");
        _site.Write("data/qualifiers.yaml", Read("data/qualifiers.yaml").TrimEnd() + "\n- { id: over, zh: 超过, position: before, en: over, exact: false }\n- { id: decrease, zh: 下降, position: before, direction: decrease, en: down }\n");
        _site.Write("data/sources/charts.yaml", $$"""
            id: charts
            title: { zh: 图表测试报告, en: Chart test report }
            short_title: { zh: 图表报告, en: Charts }
            issuer: { zh: 测试政府, en: Test government }
            speaker: { zh: 测试人, en: A speaker }
            occasion: { zh: 测试会议, en: A meeting }
            part: { zh: 节选, en: Excerpt }
            provenance: { zh: 来源说明, en: Provenance note }
            date: 2025-01-15
            paragraphs:
              - id: c1
                theme: economy
                heading: 人才。
                text: {{ChartsParagraph}}
                translation: The talent paragraph in English.
            """);
        _site.Write("input/tax-series.yaml", TestSite.SeriesIndicator());
        _site.Write("input/tax-revenue.yaml", TestSite.TaxIndicator());
        foreach (var (id, yaml) in Indicators)
        {
            _site.Write($"input/{id}.yaml", yaml);
        }

        var result = _site.Build(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
        Model = result.Site ?? throw new InvalidOperationException("a successful build has a site");
    }

    public SiteModel Model { get; }

    public Indicator this[string id] => Model.Indicators.Single(i => i.Id == id);

    public void Dispose() => _site.Dispose();

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(_site.Root, relativePath));

    private static readonly (string Id, string Yaml)[] Indicators =
    [
        ("talent-hukou", """
            id: talent-hukou
            theme: digital
            label: { zh: 人才类落户, en: Talent hukou registrations }
            description: { zh: 人才类落户人数。, en: Talent hukou registrations. }
            value: 7066
            unit: people
            period: 2024
            source: { document: charts, paragraph: c1, quote: 办理人才类落户7066人, translation: "7,066 people" }
            figures:
              - label: { zh: 人才引进落户, en: Through talent recruitment }
                value: 3073
                unit: people
                relation: part
                source: { quote: 人才引进落户3073人, translation: "3,073 people" }
              - label: { zh: 留学生落户, en: Returned overseas students }
                value: 1688
                unit: people
                relation: part
                source: { quote: 留学生落户1688人, translation: "1,688 people" }
            added: 2025-02-01
            updated: 2025-02-01
            """),
        ("services", """
            id: services
            theme: digital
            label: { zh: 服务人数, en: People served }
            description: { zh: 服务人数。, en: People served. }
            value: 7000
            unit: people
            qualifier: more-than
            period: 2024
            source: { document: charts, paragraph: c1, quote: 服务7000余人, translation: "more than 7,000 people" }
            figures:
              - label: { zh: 青年, en: Young people }
                value: 3000
                unit: people
                relation: part
                source: { quote: 其中青年3000人, translation: "3,000 young people" }
            added: 2025-02-01
            updated: 2025-02-01
            """),
        ("tax-share", """
            id: tax-share
            theme: digital
            label: { zh: 综合税收, en: Tax revenue }
            description: { zh: 综合税收。, en: Tax revenue. }
            value: 306
            unit: yi-yuan
            period: 2023
            source: { document: report, paragraph: p1, quote: 实现综合税收306亿元, translation: tax revenue of 30.6 billion yuan }
            figures:
              - label: { zh: 同比增长, en: Growth }
                value: 18
                unit: percent
                qualifier: increase
                basis: year-on-year
                source: { quote: 同比增长18%, translation: up 18% year on year }
              - label: { zh: 占全区税收比重, en: Share of the district's tax revenue }
                value: 55
                unit: percent
                qualifier: reached
                source: { quote: 占全区税收比重达55%, translation: 55% of the district's tax revenue }
            added: 2024-02-01
            updated: 2024-02-01
            """),
        ("led-share", """
            id: led-share
            theme: digital
            label: { zh: 景观照明使用率, en: "<script>alert(1)</script> LED share" }
            description: { zh: 景观照明使用率。, en: LED share. }
            value: 95
            unit: percent
            qualifier: over
            period: 2024
            source: { document: charts, paragraph: c1, quote: 景观照明使用率超过95%, translation: over 95% }
            added: 2025-02-01
            updated: 2025-02-01
            """),
        ("elevators", """
            id: elevators
            theme: housing
            label: { zh: 加装电梯完工, en: Elevators completed }
            description: { zh: 加装电梯。, en: Elevators. }
            value: 302
            unit: tai
            noun: { one: elevator, other: elevators }
            stage: completed
            period: 2023
            source: { document: report, paragraph: p2, quote: 加装电梯完工302台, translation: 302 elevators completed }
            figures:
              - label: { zh: 加装电梯开工, en: Elevators started }
                value: 401
                unit: tai
                noun: { one: elevator, other: elevators }
                stage: started
                source: { quote: 开工401台, translation: 401 started }
            added: 2024-02-01
            updated: 2024-02-01
            """),
        ("enterprises", """
            id: enterprises
            theme: digital
            label: { zh: 企业, en: Enterprises }
            observations:
              - period: 2023
                description: { zh: 2023年。, en: In 2023. }
                value: 6100
                unit: jia
                qualifier: more-than
                noun: { one: enterprise, other: enterprises }
                source: { document: report, paragraph: p2, quote: 6100余家企业, translation: "more than 6,100 enterprises" }
              - period: 2024
                description: { zh: 2024年。, en: In 2024. }
                value: 6200
                unit: jia
                noun: { one: enterprise, other: enterprises }
                source: { document: charts, paragraph: c1, quote: 6200家企业, translation: "6,200 enterprises" }
            added: 2025-02-01
            updated: 2025-02-01
            """),
        ("tax-growth", """
            id: tax-growth
            theme: digital
            label: { zh: 税收增速, en: Tax growth }
            observations:
              - period: 2023
                description: { zh: 2023年。, en: In 2023. }
                value: 18
                unit: percent
                qualifier: increase
                basis: year-on-year
                source: { document: report, paragraph: p1, quote: 同比增长18%, translation: up 18% year on year }
              - period: 2024
                description: { zh: 2024年。, en: In 2024. }
                value: 3
                unit: percent
                qualifier: decrease
                basis: year-on-year
                source: { document: charts, paragraph: c1, quote: 税收同比下降3%, translation: down 3% year on year }
            added: 2025-02-01
            updated: 2025-02-01
            """),
        ("rank", """
            id: rank
            theme: housing
            label: { zh: 排名, en: Rank }
            description: { zh: 排名。, en: Rank. }
            value: 1
            unit: rank
            scope: { zh: 全市, en: in Shanghai }
            period: 2023
            source: { document: report, paragraph: p2, quote: 位居全市第一, translation: first in Shanghai }
            added: 2024-02-01
            updated: 2024-02-01
            """),
        ("coverage", """
            id: coverage
            theme: housing
            label: { zh: 街镇覆盖, en: Coverage }
            description: { zh: 街镇覆盖。, en: Coverage. }
            unit: full-coverage
            period: 2023
            source: { document: report, paragraph: p2, quote: 实现街镇全覆盖, translation: full coverage of subdistricts }
            added: 2024-02-01
            updated: 2024-02-01
            """),
    ];
}
