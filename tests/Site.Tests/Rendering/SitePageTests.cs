using System.Text.Json;
using AngleSharp.Dom;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>Whole-site tests: a tiny site built from strings, asserted on the DOM of its pages.</summary>
public sealed class SitePageTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public SitePageTests()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.Write("input/elevators.yaml", """
            id: elevators
            theme: housing
            label: { zh: 加装电梯完工, en: Elevators installed in existing buildings }
            description: { zh: 既有多层住宅加装电梯完工数量。, en: Elevators completed in existing multi-storey homes. }
            value: 302
            unit: tai
            noun: { one: elevator, other: elevators }
            period: 2023
            source:
              document: report
              paragraph: p2
              quote: 既有多层住宅加装电梯完工302台
              translation: 302 elevators completed in existing multi-storey homes
            figures:
              - label: { zh: 违建拆除面积, en: Illegal structures demolished }
                value: "1.13"
                unit: wan-square-metres
                source:
                  quote: 拆除违建1.13万平方米
                  translation: 11,300 square metres of illegal structures demolished
              - label: { zh: 排名, en: Rank }
                value: 1
                unit: rank
                scope: { zh: 全市, en: in Shanghai }
                source:
                  quote: 位居全市第一
                  translation: first in Shanghai
            added: 2024-02-01
            updated: 2024-02-01
            """);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("zh", "zh-CN", "306亿元", "综合税收")]
    [InlineData("en", "en", "30.6 billion yuan", "Tax revenue")]
    public void IndicatorPageShowsTheFigureInItsLanguage(string lang, string htmlLang, string figure, string label)
    {
        _site.BuildOk();
        var page = _site.Html($"{lang}/indicators/tax-revenue/index.html");
        Assert.Equal(htmlLang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(label, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith(label + " · ", page.Title, StringComparison.Ordinal);
        Assert.Equal(figure, Normalise(page.QuerySelector(".figure")!.TextContent));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void CitationMarksTheQuotedWordsAndLinksToTheParagraph(string lang)
    {
        _site.BuildOk();
        var page = _site.Html($"{lang}/indicators/tax-revenue/index.html");
        var quote = page.QuerySelector("blockquote.source-paragraph")!;
        Assert.Equal("zh-CN", quote.GetAttribute("lang"));
        Assert.Equal(["实现综合税收306亿元", "同比增长18%"], quote.QuerySelectorAll("mark").Select(m => m.TextContent));
        var link = page.QuerySelector("a.paragraph-link")!.GetAttribute("href")!;
        Assert.Equal($"/{lang}/sources/report/#p1", link);
        var source = _site.Html($"{lang}/sources/report/index.html");
        Assert.NotNull(source.GetElementById("p1"));
    }

    [Theory]
    [InlineData("zh", "zh-CN", "引文：", "（引文结束）")]
    [InlineData("en", "en", "Cited words: ", " (end of cited words)")]
    public void CitedWordsAreAnnouncedInTheReadersLanguage(string lang, string htmlLang, string start, string end)
    {
        _site.BuildOk();
        var quote = _site.Html($"{lang}/indicators/tax-revenue/index.html").QuerySelector("blockquote.source-paragraph")!;
        var labels = quote.QuerySelectorAll("span.visually-hidden").ToList();
        Assert.Equal(2 * quote.QuerySelectorAll("mark").Length, labels.Count);
        Assert.All(labels, l => Assert.Equal(htmlLang, l.GetAttribute("lang")));
        Assert.Equal([start, end, start, end], labels.Select(l => l.TextContent));
    }

    [Theory]
    [InlineData("zh", "综合税收", "同比增长")]
    [InlineData("en", "Tax revenue", "Growth")]
    public void StructuredDataStatesEachFigureInPlainUnits(string lang, string name, string growthName)
    {
        _site.BuildOk();
        using var json = JsonDocument.Parse(_site.Html($"{lang}/indicators/tax-revenue/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("Dataset", root.GetProperty("@type").GetString());
        Assert.Equal(name, root.GetProperty("name").GetString());
        Assert.Equal($"https://example.org/{lang}/sources/report/#p1", root.GetProperty("isBasedOn").GetProperty("url").GetString());
        var measured = root.GetProperty("variableMeasured").EnumerateArray().ToList();
        // 306亿元 is 30,600,000,000 yuan: never 306 with the unit "yuan".
        Assert.Equal(name, measured[0].GetProperty("name").GetString());
        Assert.Equal("30600000000", measured[0].GetProperty("value").GetRawText());
        Assert.Equal("yuan", measured[0].GetProperty("unitText").GetString());
        Assert.Equal(growthName, measured[1].GetProperty("name").GetString());
        Assert.Equal("18", measured[1].GetProperty("value").GetRawText());
        Assert.Equal("%", measured[1].GetProperty("unitText").GetString());

        using var elevators = JsonDocument.Parse(_site.Html($"{lang}/indicators/elevators/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        var figures = elevators.RootElement.GetProperty("variableMeasured").EnumerateArray().ToList();
        Assert.Equal("302", figures[0].GetProperty("value").GetRawText());
        Assert.Equal("elevators", figures[0].GetProperty("unitText").GetString());
        // 1.13万平方米 is 11,300 m², written without trailing zeros.
        Assert.Equal("11300", figures[1].GetProperty("value").GetRawText());
        Assert.Equal("m²", figures[1].GetProperty("unitText").GetString());
    }

    [Fact]
    public void EnglishPageShowsTheChineseOriginalAndAnUnofficialTranslation()
    {
        _site.BuildOk();
        var page = _site.Html("en/indicators/tax-revenue/index.html");
        var translation = page.QuerySelector(".translation")!;
        Assert.Contains("Unofficial translation", translation.TextContent, StringComparison.Ordinal);
        Assert.Equal("tax revenue of 30.6 billion yuan", translation.QuerySelector(".quote-translation")!.TextContent);
        Assert.Equal("zh-CN", translation.QuerySelector(".quote-original")!.GetAttribute("lang"));
        Assert.Null(_site.Html("zh/indicators/tax-revenue/index.html").QuerySelector(".translation"));
    }

    [Fact]
    public void EnglishFiguresConvertMagnitudesAndNameTheCountedNoun()
    {
        _site.BuildOk();
        var page = _site.Html("en/indicators/elevators/index.html");
        Assert.Equal("302 elevators", Normalise(page.QuerySelector(".figure")!.TextContent));
        var rows = page.QuerySelectorAll("table.figures td .figure-text").Select(e => Normalise(e.TextContent)).ToList();
        Assert.Equal(["11,300 m²", "1st in Shanghai"], rows);
        var zh = _site.Html("zh/indicators/elevators/index.html");
        Assert.Equal(["1.13万平方米", "全市第一"], zh.QuerySelectorAll("table.figures td .figure-text").Select(e => Normalise(e.TextContent)));
    }

    [Fact]
    public void LanguageSwitcherGoesToTheSamePageInTheOtherLanguage()
    {
        _site.BuildOk();
        foreach (var (path, other) in new[] { ("zh/indicators/tax-revenue/index.html", "/en/indicators/tax-revenue/"), ("en/themes/housing/index.html", "/zh/themes/housing/"), ("en/index.html", "/zh/") })
        {
            var link = _site.Html(path).QuerySelector(".lang-switch a")!;
            Assert.Equal(other, link.GetAttribute("href"));
            Assert.NotNull(link.GetAttribute("hreflang"));
        }
    }

    [Fact]
    public void SourcePageLinksEveryCitedFigureToItsIndicator()
    {
        _site.BuildOk();
        foreach (var lang in new[] { "zh", "en" })
        {
            var page = _site.Html($"{lang}/sources/report/index.html");
            var links = page.QuerySelectorAll("a.cited").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Contains(("306亿元", $"/{lang}/indicators/tax-revenue/"), links);
            Assert.Contains(("增长18%", $"/{lang}/indicators/tax-revenue/"), links);
            Assert.Contains(("302台", $"/{lang}/indicators/elevators/"), links);
            Assert.Contains(("1.13万平方米", $"/{lang}/indicators/elevators/"), links);
            Assert.Contains(("全市第一", $"/{lang}/indicators/elevators/"), links);
        }

        var english = _site.Html("en/sources/report/index.html");
        Assert.Equal("The economy paragraph in English, on the digital economy.", english.QuerySelector("#p1 .parallel-en p")!.TextContent);
    }

    [Fact]
    public void ThemePagesListIndicatorsAndEmptyThemesSaySo()
    {
        _site.BuildOk();
        var housing = _site.Html("en/themes/housing/index.html");
        Assert.Equal(["/en/indicators/elevators/"], housing.QuerySelectorAll(".cards a").Select(a => a.GetAttribute("href")));
        var section = _site.Html("zh/themes/economy/index.html");
        Assert.Equal(2, section.QuerySelectorAll("section.subtheme").Length);
    }

    [Fact]
    public void RootPageOffersBothLanguages()
    {
        _site.BuildOk();
        var root = _site.Html("index.html");
        Assert.Equal(["/zh/", "/en/"], root.QuerySelectorAll(".choices a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void OpenDataListsEveryFigureWithItsSource()
    {
        _site.BuildOk();
        using var json = JsonDocument.Parse(_site.Text("data/indicators.json"));
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["tax-revenue", "elevators"], indicators.Select(i => i.GetProperty("id").GetString()));
        var tax = indicators[0];
        Assert.Equal("综合税收", tax.GetProperty("label").GetProperty("zh").GetString());
        Assert.Equal(306m, tax.GetProperty("value").GetDecimal());
        Assert.Equal("亿元", tax.GetProperty("unit").GetProperty("zh").GetString());
        Assert.Equal("yuan", tax.GetProperty("unit").GetProperty("en").GetString());
        Assert.Equal(30_600_000_000m, tax.GetProperty("quantity").GetDecimal());
        Assert.Equal("2023", tax.GetProperty("period").GetString());
        Assert.Equal("digital", tax.GetProperty("theme").GetString());
        Assert.Equal("实现综合税收306亿元", tax.GetProperty("source").GetProperty("quote").GetString());
        Assert.Equal("p1", tax.GetProperty("source").GetProperty("paragraph").GetString());
        Assert.Equal("https://example.org/en/indicators/tax-revenue/", tax.GetProperty("urls").GetProperty("en").GetString());
        var growth = tax.GetProperty("figures")[0];
        Assert.Equal(18m, growth.GetProperty("value").GetDecimal());
        Assert.Equal("increase", growth.GetProperty("direction").GetString());
        Assert.Equal("同比增长18%", growth.GetProperty("source").GetProperty("quote").GetString());
        Assert.Equal(1.13m, indicators[1].GetProperty("figures")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public void EveryPageHasHreflangAlternatesAndACanonicalLink()
    {
        _site.BuildOk();
        foreach (var file in _site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = _site.Html(file);
            var hreflangs = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
            Assert.Equal(["zh-CN", "en", "x-default"], hreflangs);
            Assert.StartsWith("https://example.org/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
