using Site.Core.Loading;
using System.Collections.Immutable;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Core.Search;
using Site.Core.Text;
using Site.Core.Validation;
using Site.Tests.Support;

namespace Site.Tests.Diagnostics;

/// <summary>
/// Every diagnostic reads in Chinese too (`check --lang zh`): most editors read Chinese first. Each broken
/// site below makes the build report one code at least; every diagnostic it reports, whatever its code,
/// must have a Chinese message (and hint) of its own, not the English copied. A few first lines are
/// checked word for word; lines refer to <see cref="TestSite.TaxIndicator"/>.
/// </summary>
public sealed class ChineseMessageTests : IDisposable
{
    private const string Tax = "input/tax.yaml";

    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    // Each way to break a site, by name: the code it must produce and how to break it.
    private static readonly ImmutableSortedDictionary<string, (string Code, Action<TestSite> Break)> Breakages =
        new Dictionary<string, (string, Action<TestSite>)>
        {
            ["yaml syntax"] = ("SITE001", s => s.Write(Tax, Indicator("period: 2023", "period: [2023"))),
            ["yaml unclosed flow"] = ("SITE001", s => s.Write(Tax, "id: [broken")),
            ["empty file"] = ("SITE003", s => s.Write(Tax, "# nothing yet\n")),
            ["unknown field with suggestion"] = ("SITE002", s => s.Write(Tax, Indicator("period: 2023", "perod: 2023"))),
            ["unknown field without suggestion"] = ("SITE002", s => s.Write(Tax, Indicator("featured: true", "colour: blue"))),
            ["renamed field"] = ("SITE002", s => s.Write(Tax, Indicator("featured: true", "headline: true"))),
            ["missing field"] = ("SITE003", s => s.Write(Tax, Indicator("unit: yi-yuan\n", string.Empty))),
            ["empty field"] = ("SITE003", s => s.Write(Tax, Indicator("theme: digital", "theme: \"\""))),
            ["missing value for its unit"] = ("SITE003", s => s.Write(Tax, Indicator("value: 306\n", string.Empty))),
            ["missing translation"] = ("SITE004", s => s.Write(Tax, Indicator("label: { zh: 综合税收, en: \"Tax revenue\" }", "label: { zh: 综合税收 }"))),
            ["empty translation"] = ("SITE004", s => s.Write(Tax, Indicator("zh: 数字经济企业的综合税收。", "zh: \"\""))),
            ["duplicate indicator id"] = ("SITE005", s => s.Write("input/a.yaml", TestSite.TaxIndicator()).Write("input/b.yaml", TestSite.TaxIndicator())),
            ["duplicate unit id"] = ("SITE005", s => s.Write("data/units.yaml", Data(s, "data/units.yaml") + "\n- { id: jia, zh: 家, kind: count }\n")),
            ["invalid indicator id"] = ("SITE006", s => s.Write(Tax, TestSite.TaxIndicator("Tax_Revenue"))),
            ["invalid unit id"] = ("SITE006", s => s.Write("data/units.yaml", Data(s, "data/units.yaml") + "\n- { id: Wan_Yuan, zh: 万元, en: yuan, scale: 4, kind: amount }\n")),
            ["unknown theme"] = ("SITE007", s => s.Write(Tax, Indicator("theme: digital", "theme: digitl"))),
            ["paragraph with unknown theme"] = ("SITE007", s => s.Write("data/sources/report.yaml", Data(s, "data/sources/report.yaml").Replace("theme: housing", "theme: housng", StringComparison.Ordinal))),
            ["unknown unit"] = ("SITE008", s => s.Write(Tax, Indicator("unit: yi-yuan", "unit: yi-yuam"))),
            ["unknown document"] = ("SITE009", s => s.Write(Tax, Indicator("document: report", "document: reprt"))),
            ["unknown paragraph"] = ("SITE010", s => s.Write(Tax, Indicator("paragraph: p1", "paragraph: p9"))),
            ["quote not found"] = ("SITE011", s => s.Write(Tax, Indicator("quote: 实现综合税收306亿元", "quote: 实现综合税收305亿元"))),
            ["quote with full-width comma"] = ("SITE011", s => s.Write(Tax, Indicator("quote: 实现综合税收306亿元", "quote: 实现综合税收306亿元，同比增长18%"))),
            ["quote twice"] = ("SITE012", s => s.Write(Tax, Indicator("quote: 实现综合税收306亿元", "quote: 税收"))),
            ["figure not in quote"] = ("SITE013", s => s.Write(Tax, Indicator("value: 306", "value: 30"))),
            ["figure inside a longer number"] = ("SITE013", s => s.Write(Tax, Indicator("value: 306", "value: 06"))),
            ["basis not in quote"] = ("SITE013", s => s.Write(Tax, Indicator("basis: year-on-year", "basis: previous-year"))),
            ["value not a number"] = ("SITE014", s => s.Write(Tax, Indicator("value: 306", "value: 306亿"))),
            ["period not a year"] = ("SITE014", s => s.Write(Tax, Indicator("period: 2023", "period: 2023年"))),
            ["date not iso"] = ("SITE014", s => s.Write(Tax, Indicator("added: 2024-02-01", "added: 2024/02/01"))),
            ["bad stage"] = ("SITE014", s => s.Write(Tax, Indicator("unit: yi-yuan", "unit: yi-yuan\nstage: begun"))),
            ["bad relation"] = ("SITE014", s => s.Write(Tax, Indicator("    unit: percent", "    unit: percent\n    relation: sibling"))),
            ["bad qualifier position"] = ("SITE014", s => s.Write("data/qualifiers.yaml", Data(s, "data/qualifiers.yaml").Replace("position: after", "position: behind", StringComparison.Ordinal))),
            ["bad qualifier direction"] = ("SITE014", s => s.Write("data/qualifiers.yaml", Data(s, "data/qualifiers.yaml").Replace("direction: increase, en: up", "direction: upward, en: up", StringComparison.Ordinal))),
            ["bad unit scale"] = ("SITE014", s => s.Write("data/units.yaml", Data(s, "data/units.yaml").Replace("scale: 8", "scale: ten", StringComparison.Ordinal))),
            ["bad unit format"] = ("SITE014", s => s.Write("data/units.yaml", Data(s, "data/units.yaml").Replace("format: percent", "format: share", StringComparison.Ordinal))),
            ["unknown qualifier"] = ("SITE015", s => s.Write(Tax, Indicator("qualifier: increase", "qualifier: incrase"))),
            ["unknown comparison"] = ("SITE016", s => s.Write(Tax, Indicator("basis: year-on-year", "basis: year-on-yaer"))),
            ["text where a mapping belongs"] = ("SITE017", s => s.Write(Tax, Indicator("label: { zh: 综合税收, en: \"Tax revenue\" }", "label: 综合税收"))),
            ["list where a value belongs"] = ("SITE017", s => s.Write(Tax, Indicator("unit: yi-yuan", "unit: [yi-yuan]"))),
            ["bool that is not"] = ("SITE017", s => s.Write(Tax, Indicator("featured: true", "featured: yes please"))),
            ["list that is not"] = ("SITE017", s => s.Write(Tax, Indicator("figures:", "figures: none\nother:"))),
            ["translation that is not text"] = ("SITE017", s => s.Write(Tax, Indicator("label: { zh: 综合税收, en: \"Tax revenue\" }", "label: { zh: 综合税收, en: [Tax] }"))),
            ["file that is not a list"] = ("SITE017", s => s.Write("data/units.yaml", "id: yi-yuan\n")),
            ["interface strings that are not a mapping"] = ("SITE017", s => s.Write("data/i18n/zh.yaml", "- 首页\n")),
            ["synonyms that are not lists"] = ("SITE017", s => s.Write("data/search-synonyms.yaml", "zh:\n  - 电梯\n  - [电梯]\nen:\n  - [lift, \"\"]\n")),
            ["measure word without noun"] = ("SITE018", s => s.Write("input/elevators.yaml", TestSite.ElevatorsWithoutNoun)),
            ["noun where the unit has English"] = ("SITE018", s => s.Write(Tax, Indicator("unit: yi-yuan", "unit: yi-yuan\nnoun: { one: yuan, other: yuan }"))),
            ["paragraph without its heading"] = ("SITE019", s => s.Write("data/sources/report.yaml", Data(s, "data/sources/report.yaml").Replace("heading: 加装电梯。", "heading: 电梯。", StringComparison.Ordinal))),
            ["template that does not parse"] = ("SITE020", s => s.Write(Tax, TestSite.TaxIndicator()).Write("theme/layouts/glossary.html", "<h1>{{ if }}</h1>")),
            ["template that fails on a page"] = ("SITE020", s => s.Write(Tax, TestSite.TaxIndicator()).Write("theme/layouts/glossary.html", "<h1>\n{{ model.no_such_field.x }}</h1>")),
            ["interface string missing in one language"] = ("SITE021", s => s.Write("data/i18n/zh.yaml", WithoutLine(Data(s, "data/i18n/zh.yaml"), "nav.glossary:"))),
            ["interface string empty"] = ("SITE021", s => s.Write("data/i18n/zh.yaml", Data(s, "data/i18n/zh.yaml").Replace("nav.home: 首页", "nav.home: \"\"", StringComparison.Ordinal))),
            ["base url not http"] = ("SITE023", s => s.Write("data/site.yaml", Data(s, "data/site.yaml").Replace("base_url: https://example.org", "base_url: example.org", StringComparison.Ordinal))),
            ["base folder missing"] = ("SITE023", s => s.Write("data/site.yaml", Data(s, "data/site.yaml") + "\nbase: ../no-such-folder\n")),
            ["chinese in english label"] = ("SITE024", s => s.Write(Tax, TestSite.TaxIndicator(labelEn: "Tax revenue 税收"))),
            ["chinese in paragraph translation"] = ("SITE024", s => s.Write("data/sources/report.yaml", Data(s, "data/sources/report.yaml").Replace("The housing paragraph", "The 电梯 paragraph", StringComparison.Ordinal))),
            ["claim with a value"] = ("SITE025", s => s.Write(Tax, Indicator("unit: yi-yuan", "unit: full-coverage"))),
            ["rank that is not whole"] = ("SITE025", s => s.Write(Tax, Indicator("value: 306\nunit: yi-yuan", "value: 1.5\nunit: rank"))),
            ["rank without scope"] = ("SITE025", s => s.Write(Tax, Indicator("value: 306\nunit: yi-yuan", "value: 1\nunit: rank"))),
            ["required file missing"] = ("SITE026", s => s.Delete("data/units.yaml")),
            ["no source document"] = ("SITE026", s => s.Delete("data/sources/report.yaml")),
            ["theme folder missing"] = ("SITE026", s => Directory.Delete(Path.Combine(s.Root, "theme", "partials"), recursive: true)),
            ["half-width punctuation"] = ("SITE027", s => s.Write(Tax, Indicator("label: { zh: 综合税收, en:", "label: { zh: \"综合,税收\", en:"))),
            ["observation field at the top"] = ("SITE028", s => s.WithSecondReport().Write(Tax, TestSite.SeriesIndicator().Replace("observations:", "value: 306\nobservations:", StringComparison.Ordinal))),
            ["one observation in a list"] = ("SITE028", s => s.Write(Tax, OneObservationInAList())),
            ["period twice"] = ("SITE029", s => s.WithSecondReport().Write(Tax, TestSite.SeriesIndicator().Replace("period: 2024", "period: 2023", StringComparison.Ordinal))),
            ["unit that varies"] = ("SITE030", s => s.WithSecondReport()
                .Write("data/units.yaml", Data(s, "data/units.yaml") + "\n- { id: wan-yuan, zh: 万元, en: yuan, scale: 4, kind: amount }\n")
                .Write(Tax, SecondUnit("wan-yuan"))),
            ["updated before added"] = ("SITE031", s => s.Write(Tax, Indicator("updated: 2024-02-01", "updated: 2024-01-01"))),
            ["correction outside the dates"] = ("SITE031", s => s.Write(Tax, Indicator("updated: 2024-02-01", "updated: 2024-02-01\ncorrections:\n  - date: 2024-03-05\n    what: { zh: 更正数值。, en: Corrected the value. }\n    why: { zh: 录入错误。, en: A typing error. }"))),
            ["file too large"] = ("SITE032", s => s.Write(Tax, TestSite.TaxIndicator() + "# " + new string('x', 1100 * 1024) + "\n")),
            ["file not utf-8"] = ("SITE033", s => File.WriteAllBytes(Path.Combine(s.Root, "input", "gbk.yaml"), [.. "id: gbk\nlabel: "u8.ToArray(), 0xC4, 0xE3, 0xBA, 0xC3, (byte)'\n'])),
            ["yaml anchor"] = ("SITE034", s => s.Write(Tax, Indicator("theme: digital", "theme: &t digital"))),
            ["yaml tag"] = ("SITE034", s => s.Write(Tax, Indicator("theme: digital", "theme: !custom digital"))),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static TheoryData<string> BrokenSites => [.. Breakages.Keys];

    [Theory]
    [MemberData(nameof(BrokenSites))]
    public void EveryDiagnosticOfABrokenSiteReadsInChinese(string breakage)
    {
        var (code, breakIt) = Breakages[breakage];
        Directory.CreateDirectory(Path.Combine(_site.Root, "input"));
        breakIt(_site);
        var result = _site.Build(write: false);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
        AssertChinese(result.Diagnostics);
    }

    [Fact]
    public void TheBrokenSitesCoverAtLeastTwentyCodes() =>
        Assert.True(Breakages.Values.Select(b => b.Code).Distinct().Count() >= 20);

    [Fact]
    public void AMissingSiteRootReadsInChinese()
    {
        var result = BuildPipeline.Run(new BuildOptions(Path.Combine(_site.Root, "no-such-site")));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SITE026", diagnostic.Code);
        Assert.EndsWith("error SITE026: 网站根目录不存在", diagnostic.FirstLineIn(Language.Zh), StringComparison.Ordinal);
        AssertChinese(result.Diagnostics);
    }

    [Fact]
    public void AMissingSearchIndexerReadsInChinese()
    {
        // A folder with no package-lock.json: nothing to install, so the indexer is reported missing.
        var folder = Path.Combine(_site.Root, "no-tools");
        Directory.CreateDirectory(folder);
        var diagnostics = new DiagnosticBag();
        Assert.False(new PagefindIndexer(folder).Index(folder, [], diagnostics));
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("package.json:1:1: error SITE022: 没有安装搜索索引程序（Pagefind扩展版）", diagnostic.FirstLineIn(Language.Zh));
        AssertChinese([diagnostic]);
    }

    [Theory]
    [InlineData("unit: yi-yuan", "unit: yi-yuam", "input/tax.yaml:7:7: error SITE008: 未知的单位“yi-yuam”")]
    [InlineData("period: 2023", "perod: 2023", "input/tax.yaml:8:1: error SITE002: 该指标中有未知字段“perod”；您是否想写“period”？")]
    [InlineData("unit: yi-yuan\n", "", "input/tax.yaml:1:1: error SITE003: 该指标缺少字段“unit”")]
    [InlineData("label: { zh: 综合税收, en: \"Tax revenue\" }", "label: { zh: 综合税收 }", "input/tax.yaml:3:8: error SITE004: 字段“label”缺少英文（en）文本；中英文都必须填写")]
    [InlineData("paragraph: p1", "paragraph: p9", "input/tax.yaml:11:14: error SITE010: 报告“report”中没有段落“p9”")]
    [InlineData("quote: 实现综合税收306亿元", "quote: 税收", "input/tax.yaml:12:10: error SITE012: 引文在段落“p1”中出现了2次；它只能对应段落中的一处")]
    [InlineData("value: 306", "value: 306亿", "input/tax.yaml:6:8: error SITE014: 数值“306亿”不是报告原文中的纯数字写法")]
    [InlineData("period: 2023", "period: 2023年", "input/tax.yaml:8:9: error SITE014: 统计期“2023年”不是年份")]
    [InlineData("label: { zh: 综合税收, en:", "label: { zh: \"综合,税收\", en:", "input/tax.yaml:3:17: error SITE027: 中文文本“综合,税收”中有半角标点“,”")]
    public void FirstLinesInChinese(string from, string to, string expected)
    {
        _site.Write(Tax, Indicator(from, to));
        var result = _site.Build(write: false);
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Diagnostics[0].FirstLineIn(Language.Zh));
    }

    [Fact]
    public void AMeasureWordWithoutANounSaysWhatToAddInChinese()
    {
        _site.Write("input/elevators.yaml", TestSite.ElevatorsWithoutNoun);
        var diagnostic = Assert.Single(_site.Build(write: false).Diagnostics);
        Assert.Equal("input/elevators.yaml:6:7: error SITE018: 单位“tai”是量词“台”，没有固定的英文说法；请写明计数的是什么", diagnostic.FirstLineIn(Language.Zh));
        Assert.Equal("请添加noun: { one: …, other: … }，写出“台”所计数事物的英文单数和复数（例如电梯：{ one: lift, other: lifts }）", diagnostic.Hint?.Zh);
    }

    [Fact]
    public void TheHintForAnUnknownIdListsTheKnownOnesInChinese()
    {
        _site.Write(Tax, Indicator("unit: yi-yuan", "unit: yi-yuam"));
        var diagnostic = _site.Build(write: false).Diagnostics[0];
        var lines = diagnostic.Format(null, Language.Zh).Split('\n');
        Assert.Equal(
            ["input/tax.yaml:7:7: error SITE008: 未知的单位“yi-yuam”", "  提示：您是否想写“yi-yuan”？请使用已有的标识之一：full-coverage、jia、percent、percentage-points、rank、tai、wan-square-metres、yi-yuan"],
            lines);
        // The English is as it always was.
        Assert.Equal("did you mean 'yi-yuan'? known: full-coverage, jia, percent, percentage-points, rank, tai, wan-square-metres, yi-yuan", diagnostic.Hint?.En);
    }

    [Fact]
    public void ATemplateErrorOnManyPagesCountsThemInChinese()
    {
        _site.Write(Tax, TestSite.TaxIndicator()).Write("theme/layouts/glossary.html", "<h1>\n{{ model.no_such_field.x }}</h1>");
        var diagnostic = Assert.Single(_site.Build(write: false).Diagnostics);
        Assert.StartsWith("theme/layouts/glossary.html:2:", diagnostic.FirstLineIn(Language.Zh), StringComparison.Ordinal);
        Assert.Contains("error SITE020: 生成页面/en/glossary/及其他1个页面时模板出错：", diagnostic.FirstLineIn(Language.Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void TheWidthHintNamesTheCharactersInChinese()
    {
        var hint = Punctuation.WidthHint("税收306亿元,同比增长18%", "税收306亿元，同比增长18%");
        Assert.Equal("引文与段落只在全角、半角标点上不同：请把“，”（全角逗号，U+FF0C）改为“,”（半角逗号，U+002C）", hint?.Zh);
        Assert.Equal(Punctuation.WidthDifference("税收306亿元,同比增长18%", "税收306亿元，同比增长18%"), hint?.En);
    }

    [Fact]
    public void AYamlSyntaxErrorIsExplainedInChinese()
    {
        _site.Write(Tax, Indicator("period: 2023", "period: 2023: 2024"));
        var diagnostic = _site.Build(write: false).Diagnostics[0];
        Assert.Equal("SITE001", diagnostic.Code);
        Assert.Equal("input/tax.yaml:8:13: error SITE001: 值中含有“: ”，或此行比上一个字段缩进得更深", diagnostic.FirstLineIn(Language.Zh));
        Assert.Equal("含有“: ”的值请加上引号（\"...\"）；同一映射中的字段要从同一列开始", diagnostic.Hint?.Zh);
    }

    [Fact]
    public void AYamlSyntaxErrorNobodyExplainedKeepsTheParsersWords()
    {
        var (message, hint) = YamlSyntax.Explain("Some new parser sentence");
        Assert.Equal("YAML syntax error: Some new parser sentence", message.En);
        Assert.Equal("YAML语法错误（解析器原文）：Some new parser sentence", message.Zh);
        Assert.Contains("制表符", hint.Zh, StringComparison.Ordinal);
    }

    // Each diagnostic's message and hint have Chinese of their own.
    private static void AssertChinese(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            AssertChinese(diagnostic.Message, diagnostic.FirstLine);
            if (diagnostic.Hint is { } hint)
            {
                AssertChinese(hint, diagnostic.FirstLine + " (hint)");
            }
        }
    }

    private static void AssertChinese(Message message, string where)
    {
        Assert.False(string.IsNullOrWhiteSpace(message.En), $"empty English: {where}");
        Assert.True(message.Zh != message.En, $"the Chinese is the English: {where}");
        Assert.True(message.Zh.Any(Cjk.IsHan), $"no Chinese in '{message.Zh}': {where}");
    }

    private static string Indicator(string from, string to)
    {
        var yaml = TestSite.TaxIndicator();
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Data(TestSite site, string relativePath) => File.ReadAllText(Path.Combine(site.Root, relativePath), Encoding.UTF8);

    private static string WithoutLine(string text, string prefix) =>
        string.Join('\n', text.Split('\n').Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)));

    private static string OneObservationInAList()
    {
        var series = TestSite.SeriesIndicator();
        return series[..series.IndexOf("  - period: 2024", StringComparison.Ordinal)] + "added: 2024-02-01\nupdated: 2024-02-01\n";
    }

    private static string SecondUnit(string unit)
    {
        var series = TestSite.SeriesIndicator();
        var second = series.LastIndexOf("unit: yi-yuan", StringComparison.Ordinal);
        return series[..second] + "unit: " + unit + series[(second + "unit: yi-yuan".Length)..];
    }
}
