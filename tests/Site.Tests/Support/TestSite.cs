using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Pipeline;

namespace Site.Tests.Support;

/// <summary>
/// A tiny site written from strings into a temporary folder: a few lines of reference data, one source
/// document with two paragraphs, and whatever indicator files a test adds. The theme and interface
/// strings are the repository's own, so these tests exercise the real templates.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string Paragraph1 = "(一)发展经济。数字经济企业实现综合税收306亿元,同比增长18%,占全区税收比重达55%;新增面积30万平方米。";
    public const string Paragraph2 = "加装电梯。既有多层住宅加装电梯完工302台、开工401台,较上年提升10个百分点,位居全市第一,实现街镇全覆盖,拆除违建1.13万平方米,6100余家企业。";

    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Output => System.IO.Path.Combine(Root, "output");

    /// <summary>A site with valid reference data and no indicators.</summary>
    public static TestSite Create()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        CopyDirectory(System.IO.Path.Combine(RepositoryRoot.Path, "theme"), System.IO.Path.Combine(root, "theme"));
        CopyDirectory(System.IO.Path.Combine(RepositoryRoot.Path, "data", "i18n"), System.IO.Path.Combine(root, "data", "i18n"));
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "data", "codebook.yaml"), System.IO.Path.Combine(root, "data", "codebook.yaml"));
        site.Write("data/site.yaml", """
            title: { zh: 测试站, en: Test site }
            short_title: { zh: 测试站, en: Test }
            description: { zh: 测试描述, en: A test description }
            publisher: { zh: 测试编辑, en: Test editors }
            licence: { zh: 测试许可, en: Test licence }
            place: { zh: 测试区, en: Test District }
            base_url: https://example.org
            repository: https://example.org/repo
            """);
        site.Write("data/themes.yaml", """
            - id: economy
              number: { zh: （一）, en: "1" }
              title: { zh: 发展经济, en: The economy }
              summary: { zh: 经济摘要, en: Economy summary }
              subthemes:
                - id: digital
                  title: { zh: 数字经济, en: Digital economy }
                - id: housing
                  title: { zh: 加装电梯, en: Housing }
            """);
        site.Write("data/units.yaml", """
            - { id: yi-yuan, zh: 亿元, en: yuan, scale: 8, kind: amount }
            - { id: wan-square-metres, zh: 万平方米, en: m², scale: 4, kind: area }
            - { id: percent, zh: "%", en: "%", format: percent, kind: percentage }
            - { id: percentage-points, zh: 个百分点, en: percentage points, format: points, kind: percentage-point-change }
            - { id: tai, zh: 台, kind: count }
            - { id: jia, zh: 家, kind: count }
            - { id: rank, zh: 第, en: rank, format: ordinal, kind: rank }
            - { id: full-coverage, zh: 全覆盖, en: full coverage, format: claim, kind: coverage }
            """);
        site.Write("data/qualifiers.yaml", """
            - { id: more-than, zh: 余, position: after, en: more than, exact: false }
            - { id: reached, zh: 达, position: before, en: "" }
            - { id: increase, zh: 增长, position: before, direction: increase, en: up }
            - { id: rise, zh: 提升, position: before, direction: increase, en: up }
            """);
        site.Write("data/comparisons.yaml", """
            - { id: year-on-year, zh: 同比, en: year on year }
            - { id: previous-year, zh: 较上年, en: on the previous year }
            """);
        site.Write("data/glossary.yaml", """
            - id: digital-economy
              term: 数字经济
              en: digital economy
              en_status: site
              explanation: { zh: 数字经济说明, en: The digital economy explained }
            """);
        site.Write("data/sources/report.yaml", $$"""
            id: report
            title: { zh: 测试报告, en: Test report }
            short_title: { zh: 报告, en: Report }
            issuer: { zh: 测试政府, en: Test government }
            speaker: { zh: 测试人, en: A speaker }
            occasion: { zh: 测试会议, en: A meeting }
            part: { zh: 节选, en: Excerpt }
            provenance: { zh: 来源说明, en: Provenance note }
            date: 2024-01-16
            paragraphs:
              - id: p1
                theme: economy
                heading: (一)发展经济。
                text: {{Paragraph1}}
                translation: The economy paragraph in English, on the digital economy.
              - id: p2
                theme: housing
                heading: 加装电梯。
                text: {{Paragraph2}}
                translation: The housing paragraph in English.
            """);
        return site;
    }

    /// <summary>The paragraph of the second report (<see cref="WithSecondReport"/>): the next year's figures.</summary>
    public const string NextYearParagraph = "(一)发展经济。数字经济企业实现综合税收330亿元,同比增长8%;既有多层住宅加装电梯完工350台,位居全市第二。";

    /// <summary>Adds a second source document, a year later than the first, with one paragraph.</summary>
    public TestSite WithSecondReport() => Write("data/sources/report-2025.yaml", $$"""
        id: report-2025
        title: { zh: 测试报告2025, en: Test report 2025 }
        short_title: { zh: 报告（2025）, en: Report 2025 }
        issuer: { zh: 测试政府, en: Test government }
        speaker: { zh: 测试人, en: A speaker }
        occasion: { zh: 测试会议, en: A meeting }
        part: { zh: 节选, en: Excerpt }
        provenance: { zh: 来源说明, en: Provenance note }
        date: 2025-01-15
        paragraphs:
          - id: p1
            theme: economy
            heading: (一)发展经济。
            text: {{NextYearParagraph}}
            translation: The next year's economy paragraph in English, on the digital economy.
        """);

    /// <summary>
    /// A valid indicator with two observations: 306亿元 in 2023 (the first report), 330亿元 in 2024
    /// (the second, <see cref="WithSecondReport"/>). Line 5 is the first period, line 14 the second.
    /// </summary>
    public static string SeriesIndicator(string id = "tax-series") => $$"""
        id: {{id}}
        theme: digital
        label: { zh: 综合税收, en: Tax revenue }
        observations:
          - period: 2023
            description: { zh: 2023年的综合税收。, en: Tax paid in 2023. }
            value: 306
            unit: yi-yuan
            source:
              document: report
              paragraph: p1
              quote: 实现综合税收306亿元
              translation: tax revenue of 30.6 billion yuan
          - period: 2024
            description: { zh: 2024年的综合税收。, en: Tax paid in 2024. }
            value: 330
            unit: yi-yuan
            source:
              document: report-2025
              paragraph: p1
              quote: 实现综合税收330亿元
              translation: tax revenue of 33 billion yuan
        added: 2024-02-01
        updated: 2025-02-01
        """;

    /// <summary>A valid indicator file: 306亿元 of tax revenue, with one further figure.</summary>
    public static string TaxIndicator(string id = "tax-revenue", string labelEn = "Tax revenue") => $$"""
        id: {{id}}
        theme: digital
        label: { zh: 综合税收, en: "{{labelEn}}" }
        description: { zh: 数字经济企业的综合税收。, en: Tax paid by digital-economy enterprises. }
        featured: true
        value: 306
        unit: yi-yuan
        period: 2023
        source:
          document: report
          paragraph: p1
          quote: 实现综合税收306亿元
          translation: tax revenue of 30.6 billion yuan
        figures:
          - label: { zh: 同比增长, en: Growth }
            value: 18
            unit: percent
            qualifier: increase
            basis: year-on-year
            source:
              quote: 同比增长18%
              translation: up 18% year on year
        added: 2024-02-01
        updated: 2024-02-01
        """;

    /// <summary>
    /// <see cref="TaxIndicator"/> without its further figure: copies of it that break the headline share
    /// no figure, so a test sees only the errors it makes (a figure cited twice is a warning).
    /// </summary>
    public static string TaxHeadlineOnly(string id) =>
        TaxIndicator(id)[..TaxIndicator(id).IndexOf("figures:", StringComparison.Ordinal)] + "added: 2024-02-01\nupdated: 2024-02-01\n";

    /// <summary>An indicator counted in 台 (a measure word) that does not name its English noun: SITE018 at line 6.</summary>
    public const string ElevatorsWithoutNoun = """
        id: elevators
        theme: housing
        label: { zh: 加装电梯完工, en: Elevators installed }
        description: { zh: 完工数量。, en: Elevators completed. }
        value: 302
        unit: tai
        period: 2023
        source:
          document: report
          paragraph: p2
          quote: 加装电梯完工302台
          translation: 302 elevators completed
        added: 2024-02-01
        updated: 2024-02-01
        """;

    public TestSite Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(System.IO.Path.Combine(Root, relativePath));
        return this;
    }

    public BuildResult Build(bool write = true) => BuildPipeline.Run(new BuildOptions(Root) { Write = write });

    /// <summary>Builds and fails the test with every diagnostic if the build did not succeed.</summary>
    public BuildResult BuildOk()
    {
        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
        return result;
    }

    public static string FirstLine(BuildResult result)
    {
        Assert.False(result.Succeeded, "the build was expected to fail");
        return result.Diagnostics[0].FirstLine;
    }

    public string Text(string outputPath) => File.ReadAllText(System.IO.Path.Combine(Output, outputPath));

    public IDocument Html(string outputPath) => new HtmlParser().ParseDocument(Text(outputPath));

    public IEnumerable<string> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
