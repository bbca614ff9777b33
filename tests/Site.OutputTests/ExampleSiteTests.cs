using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Site.Core.Pipeline;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>
/// Indicators across years, over the two-reports example (examples/two-reports, fictional): series
/// with both periods and both citations in both languages, a change only between exact values, every
/// report listed and linked, open data with every observation, and the example marked fictional on every
/// page and in its data.
/// </summary>
[Collection(BuiltExampleGroup.Name)]
public sealed class ExampleSiteTests(BuiltExample site)
{
    [Theory]
    [InlineData("zh", "2024年", "2023年", "较2023年增加36台")]
    [InlineData("en", "2024", "2023", "up 36 elevators on 2023")]
    public void ASeriesShowsEveryPeriodNewestFirstWithItsOwnCitation(string lang, string latest, string earlier, string change)
    {
        var page = site.Page($"{lang}/indicators/lift-retrofits/index.html");
        Assert.Equal("156", page.QuerySelector(".figure .figure-number")!.TextContent);
        Assert.Equal(latest, page.QuerySelector(".figure-meta dd")!.TextContent);

        var rows = page.QuerySelectorAll("table.series tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal([latest, earlier], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(["2024", "2023"], rows.Select(r => r.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["156台", "120台"], rows.Select(r => r.QuerySelector("td span[lang=zh-CN]")!.TextContent));
        Assert.Equal(["156 elevators", "120 elevators"], rows.Select(r => r.QuerySelector("td span[lang=en]")!.TextContent));
        Assert.Equal(
            [$"/{lang}/sources/example-2025-work-report/#p4", $"/{lang}/sources/example-2024-work-report/#p4"],
            rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(change, rows[0].QuerySelector("td.change")!.TextContent);
        Assert.Null(rows[1].QuerySelector("td.change"));
        Assert.All(rows.Select(r => site.FileFor(r.QuerySelector("a")!.GetAttribute("href")!)), Assert.NotNull);
    }

    [Theory]
    [InlineData("zh", "较2023年增加3.8亿元")]
    [InlineData("en", "up 380 million yuan on 2023")]
    public void AChangeIsTheExactDifferenceInTheUnitsOwnTerms(string lang, string change)
    {
        var page = site.Page($"{lang}/indicators/enterprise-tax-revenue/index.html");
        Assert.Equal(change, page.QuerySelector("table.series tbody tr td.change")!.TextContent);
    }

    [Theory]
    [InlineData("zh", "约数")]
    [InlineData("en", "a bound, not an exact count")]
    public void NoChangeIsShownFromABoundAndANoteSaysWhy(string lang, string why)
    {
        var page = site.Page($"{lang}/indicators/new-enterprises/index.html");
        var latest = page.QuerySelector("table.series tbody tr")!;
        Assert.Null(latest.QuerySelector("td.change"));
        Assert.Contains(why, latest.QuerySelector("td.change-note")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("156", latest.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void AnIndicatorObservedOnceStatesItsPeriodAndHasNoSeries(string lang)
    {
        var page = site.Page($"{lang}/indicators/green-area/index.html");
        Assert.Null(page.QuerySelector("table.series"));
        Assert.StartsWith("2023", page.QuerySelector(".figure-meta dd")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void TheSourcesPageListsEveryReportNewestFirstAndNavigationLeadsThere(string lang)
    {
        var page = site.Page($"{lang}/sources/index.html");
        Assert.Equal(
            [$"/{lang}/sources/example-2025-work-report/", $"/{lang}/sources/example-2024-work-report/"],
            page.QuerySelectorAll(".source-item h2 a").Select(a => a.GetAttribute("href")));
        foreach (var file in site.HtmlFiles().Where(f => f.StartsWith($"{lang}/", StringComparison.Ordinal)))
        {
            Assert.Equal($"/{lang}/sources/", site.Page(file).QuerySelectorAll(".site-nav a")[1].GetAttribute("href"));
        }
    }

    [Fact]
    public void EveryParagraphLinksEachFigureCitedFromItWhicheverObservationCitesIt()
    {
        foreach (var (document, figure) in new[] { ("example-2024-work-report", "120台"), ("example-2025-work-report", "156台") })
        {
            foreach (var lang in new[] { "zh", "en" })
            {
                var links = site.Page($"{lang}/sources/{document}/index.html").QuerySelectorAll("#p4 a.cited");
                Assert.Contains(links, a => a.TextContent == figure && a.GetAttribute("href") == $"/{lang}/indicators/lift-retrofits/");
            }
        }
    }

    [Fact]
    public void OpenDataCarriesEveryObservationAndKeepsTheLatestAtTheTop()
    {
        var root = site.OpenData.RootElement;
        Assert.Equal(2, root.GetProperty("schema_version").GetInt32());
        Assert.Equal(["example-2025-work-report", "example-2024-work-report"], root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        var lifts = root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "lift-retrofits");
        Assert.Equal(156, lifts.GetProperty("value").GetInt32());
        Assert.Equal("2024", lifts.GetProperty("period").GetString());
        Assert.True(lifts.GetProperty("featured").GetBoolean());
        Assert.True(lifts.GetProperty("headline").GetBoolean());
        var observations = lifts.GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(["2023", "2024"], observations.Select(o => o.GetProperty("period").GetString()));
        var first = observations[0].GetProperty("figures")[0];
        Assert.Equal(("headline", 120, "120"), (first.GetProperty("relation").GetString(), first.GetProperty("value").GetInt32(), first.GetProperty("value_as_written").GetString()));
        Assert.Equal("tai", first.GetProperty("unit").GetProperty("id").GetString());
        var source = first.GetProperty("source");
        Assert.Equal(("example-2024-work-report", "p4", "完成既有多层住宅加装电梯120台"), (source.GetProperty("document").GetString(), source.GetProperty("paragraph").GetString(), source.GetProperty("quote").GetString()));
        Assert.Equal("https://example.invalid/zh/sources/example-2024-work-report/#p4", source.GetProperty("url").GetString());

        var csv = File.ReadAllText(Path.Combine(site.Output, "data", "indicators.csv"), Encoding.UTF8).Split("\r\n");
        var periods = csv.Where(l => l.StartsWith("lift-retrofits,0,headline,", StringComparison.Ordinal)).Select(l => l.Split(',')[12]).ToList();
        Assert.Equal(["2023", "2024"], periods);
    }

    [Fact]
    public void EveryPageAndTheDataSayTheExampleIsFictional()
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            var notice = page.QuerySelector(".site-notice") ?? page.QuerySelector(".choice-notice");
            Assert.True(notice is not null, $"{file} does not say the site is fictional");
            Assert.Matches("虚构|fictional", notice!.TextContent);
        }

        var data = site.OpenData.RootElement.GetProperty("notice");
        Assert.Contains("虚构", data.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Contains("fictional", data.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.All(site.OpenData.RootElement.GetProperty("documents").EnumerateArray(), d =>
        {
            Assert.Contains("虚构", d.GetProperty("provenance").GetProperty("zh").GetString(), StringComparison.Ordinal);
            Assert.Contains("fictional", d.GetProperty("provenance").GetProperty("en").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void SitemapAndStructuredDataCoverEveryReport()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        foreach (var path in new[] { "sources/", "sources/example-2024-work-report/", "sources/example-2025-work-report/" })
        {
            Assert.Contains($"<loc>https://example.invalid/zh/{path}</loc>", sitemap, StringComparison.Ordinal);
            Assert.Contains($"<loc>https://example.invalid/en/{path}</loc>", sitemap, StringComparison.Ordinal);
        }

        using var data = JsonDocument.Parse(site.Page("en/indicators/lift-retrofits/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2023/2024", data.RootElement.GetProperty("temporalCoverage").GetString());
        Assert.Equal(
            ["https://example.invalid/en/sources/example-2025-work-report/#p4", "https://example.invalid/en/sources/example-2024-work-report/#p4"],
            data.RootElement.GetProperty("isBasedOn").EnumerateArray().Select(r => r.GetProperty("url").GetString()));

        using var list = JsonDocument.Parse(site.Page("zh/sources/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(2, list.RootElement.GetProperty("hasPart").GetArrayLength());
    }

    [Fact]
    public void TheExampleSharesTheRepositorysThemeAndOverridesOnlyItsOwnStrings()
    {
        // Its own interface strings describe it; everything else is the repository's.
        Assert.Contains("虚构", site.Page("zh/index.html").QuerySelector(".hero .lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Reports", site.Page("en/index.html").QuerySelectorAll(".site-nav a")[1].TextContent);
        Assert.False(Directory.Exists(Path.Combine(BuiltExample.Root, "theme")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "site.*.css").Any());
        Assert.DoesNotContain(site.HtmlFiles(), f => f.Contains("changning", StringComparison.Ordinal));
    }

    [Fact]
    public void AThirdReportTakesOnlyYaml()
    {
        var root = Path.Combine(Path.GetTempPath(), "site-third-report-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Copy(BuiltExample.Root, root);
            // A copy outside the repository names the repository as its base; in place the example says ../..
            var settings = Path.Combine(root, "data", "site.yaml");
            File.WriteAllText(settings, File.ReadAllText(settings).Replace("base: ../..", $"base: \"{RepositoryRoot.Path}\"", StringComparison.Ordinal));

            // The two files a third year takes: the new report, and one more observation in an indicator file.
            File.WriteAllText(Path.Combine(root, "data", "sources", "example-2026-work-report.yaml"), ThirdReport);
            var lifts = Path.Combine(root, "input", "lift-retrofits.yaml");
            File.WriteAllText(lifts, File.ReadAllText(lifts) + ThirdObservation);

            var output = Path.Combine(root, "output");
            var result = BuildPipeline.Run(new BuildOptions(root) { OutputPath = output });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en", "indicators", "lift-retrofits", "index.html")));
            Assert.Equal(["2025", "2024", "2023"], page.QuerySelectorAll("table.series tbody th").Select(e => e.TextContent));
            Assert.Equal("down 6 elevators on 2024", page.QuerySelector("table.series tbody td.change")!.TextContent);
            Assert.True(File.Exists(Path.Combine(output, "zh", "sources", "example-2026-work-report", "index.html")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private const string ThirdReport = """
        # A FICTIONAL source document, written for a test: no real report, district or figure lies behind it.
        id: example-2026-work-report
        title: { zh: 2026年示例区政府工作报告, en: Example District Government Work Report 2026 }
        short_title: { zh: 示例区政府工作报告（2026）, en: Example District Work Report 2026 }
        issuer: { zh: 示例区人民政府, en: Example District People's Government }
        speaker: { zh: 示例区区长（虚构人物）, en: The District Head of Example District (a fictional person) }
        occasion: { zh: 示例区第一届人民代表大会第五次会议（虚构）, en: The 5th Session of the 1st People's Congress of Example District (fictional) }
        date: 2026-01-15
        part: { zh: 一、2025年工作回顾（节选）, en: "Part 1, Review of Work in 2025 (excerpt)" }
        provenance: { zh: 本报告为虚构示例，专为测试本网站而编写，所述数据均非真实。, en: "This report is fictional, written to test this site; none of its figures are real." }
        paragraphs:
          - id: p1
            theme: housing
            heading: 让居民住得更安心。
            text: 让居民住得更安心。全年完成既有多层住宅加装电梯150台，加装工作转入常态化推进。
            translation: Making homes safer for residents. During the year 150 elevators were installed in existing multi-storey residential buildings, and the work became routine.
        """;

    private const string ThirdObservation = """
          - period: 2025
            description:
              zh: 2025年，示例区完成既有多层住宅加装电梯150台。
              en: In 2025 Example District completed the installation of 150 elevators in existing multi-storey residential buildings.
            value: 150
            unit: tai
            noun: { one: elevator, other: elevators }
            source:
              document: example-2026-work-report
              paragraph: p1
              quote: 全年完成既有多层住宅加装电梯150台
              translation: during the year 150 elevators were installed in existing multi-storey residential buildings

        """;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
