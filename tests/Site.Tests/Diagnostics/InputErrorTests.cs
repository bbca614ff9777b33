using Site.Core.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Diagnostics;

/// <summary>
/// Each kind of editing mistake produces one precise diagnostic whose first line names the file, line,
/// column and code. Lines refer to <see cref="TestSite.TaxIndicator"/>: 6 is value, 7 unit, 12 quote.
/// </summary>
public sealed class InputErrorTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    private string Fails(string file, string yaml)
    {
        _site.Write(file, yaml);
        return TestSite.FirstLine(_site.Build());
    }

    [Fact]
    public void ValidIndicatorBuilds() => _site.Write("input/tax.yaml", TestSite.TaxIndicator()).BuildOk();

    [Fact]
    public void YamlSyntaxErrorPointsAtTheBrokenLine()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("period: 2023", "period: [2023", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:8:9: error SITE001: a bracket, brace or quotation mark that opens here is not closed", line);
    }

    [Fact]
    public void MisspelledFieldIsUnknownWithSuggestion()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("period: 2023", "perod: 2023", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:8:1: error SITE002: unknown field 'perod' in indicator; did you mean 'period'?", line);
    }

    [Fact]
    public void MissingUnitIsReportedOnTheIndicator()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("unit: yi-yuan\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:1:1: error SITE003: missing field 'unit' in indicator", line);
    }

    [Fact]
    public void MissingEnglishLabelFailsWithoutFallback()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("label: { zh: 综合税收, en: \"Tax revenue\" }", "label: { zh: 综合税收 }", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:3:8: error SITE004: 'label' has no English (en) text; both languages are required", line);
    }

    [Fact]
    public void EmptyChineseDescriptionFails()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("zh: 数字经济企业的综合税收。", "zh: \"\"", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:4:20: error SITE004: 'description' has empty Chinese (zh) text; both languages are required", line);
    }

    [Fact]
    public void DuplicateIdsAcrossFilesPointAtEveryFileThatClaimsIt()
    {
        _site.Write("input/a.yaml", TestSite.TaxIndicator());
        _site.Write("input/b.yaml", TestSite.TaxIndicator());
        var lines = _site.Build().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.FirstLine).ToList();
        Assert.Equal(
            [
                "input/a.yaml:1:5: error SITE005: duplicate indicator id 'tax-revenue'; it is also used in input/b.yaml",
                "input/b.yaml:1:5: error SITE005: duplicate indicator id 'tax-revenue'; it is also used in input/a.yaml",
            ],
            lines);
    }

    [Fact]
    public void AFigureCitedTwiceIsAWarningOnEveryFileThatCitesIt()
    {
        _site.Write("input/a.yaml", TestSite.TaxIndicator("a"));
        _site.Write("input/b.yaml", TestSite.TaxHeadlineOnly("b"));
        var result = _site.Build(write: false);
        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "input/a.yaml:6:8: warning SITE035: '306亿元' in paragraph 'p1' is already cited by input/b.yaml",
                "input/b.yaml:6:8: warning SITE035: '306亿元' in paragraph 'p1' is already cited by input/a.yaml",
            ],
            result.Diagnostics.Select(d => d.FirstLine));
        Assert.Equal("段落“p1”中的“306亿元”已由input/b.yaml收录", result.Diagnostics[0].Message.Zh);
    }

    [Fact]
    public void IdThatIsNotKebabCaseFails()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator("Tax_Revenue"));
        Assert.Equal("input/tax.yaml:1:5: error SITE006: indicator id 'Tax_Revenue' is not kebab-case", line);
    }

    [Theory]
    [InlineData("theme: digital", "theme: digitl", "input/tax.yaml:2:8: error SITE007: unknown theme 'digitl'")]
    [InlineData("unit: yi-yuan", "unit: yi-yuam", "input/tax.yaml:7:7: error SITE008: unknown unit 'yi-yuam'")]
    [InlineData("document: report", "document: reprt", "input/tax.yaml:10:13: error SITE009: unknown source document 'reprt'")]
    [InlineData("paragraph: p1", "paragraph: p9", "input/tax.yaml:11:14: error SITE010: document 'report' has no paragraph 'p9'")]
    public void UnknownReferencesAreReportedWhereTheyAreWritten(string from, string to, string expected)
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(expected, line);
    }

    [Fact]
    public void QuoteNotInParagraphFails()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("quote: 实现综合税收306亿元", "quote: 实现综合税收305亿元", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:12:10: error SITE011: the quote is not verbatim in paragraph 'p1'", line);
    }

    [Fact]
    public void FullWidthCommaGetsAHintButStillFails()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("quote: 实现综合税收306亿元", "quote: 实现综合税收306亿元，同比增长18%", StringComparison.Ordinal));
        var result = _site.Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SITE011", diagnostic.Code);
        Assert.Contains("full-width vs half-width", diagnostic.Hint?.En, StringComparison.Ordinal);
        Assert.Contains("'，' (full-width comma, U+FF0C) to ',' (half-width comma, U+002C)", diagnostic.Hint?.En, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteOccurringTwiceFails()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("quote: 实现综合税收306亿元", "quote: 税收", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:12:10: error SITE012: the quote occurs 2 times in paragraph 'p1'; it must pick out one place", line);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("6")]
    [InlineData("06")]
    public void ValueThatIsOnlyPartOfTheWrittenNumberFails(string value)
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("value: 306", "value: " + value, StringComparison.Ordinal));
        Assert.StartsWith($"input/tax.yaml:6:8: error SITE013: the figure as written, '{value}亿元', does not occur in the quote", line, StringComparison.Ordinal);
    }

    [Fact]
    public void WanNeverMatchesYi()
    {
        // 30万平方米 is in the paragraph; a figure of 30 with unit 亿元 must not be found there.
        var yaml = TestSite.TaxIndicator()
            .Replace("value: 306", "value: 30", StringComparison.Ordinal)
            .Replace("quote: 实现综合税收306亿元", "quote: 新增面积30万平方米", StringComparison.Ordinal);
        var line = Fails("input/tax.yaml", yaml);
        Assert.StartsWith("input/tax.yaml:6:8: error SITE013: the figure as written, '30亿元', does not occur in the quote", line, StringComparison.Ordinal);
    }

    [Fact]
    public void QualifierMustBeWrittenNextToTheNumber()
    {
        var yaml = TestSite.TaxIndicator().Replace("qualifier: increase", "qualifier: reached", StringComparison.Ordinal);
        var line = Fails("input/tax.yaml", yaml);
        Assert.StartsWith("input/tax.yaml:16:12: error SITE013: the figure as written, '达18%'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasureWordNeedsAnEnglishNoun()
    {
        var line = Fails("input/elevators.yaml", TestSite.ElevatorsWithoutNoun);
        Assert.Equal("input/elevators.yaml:6:7: error SITE018: unit 'tai' is the measure word 台, which has no fixed English; name what is counted", line);
    }

    [Fact]
    public void ChineseInEnglishTextFailsAtTheEnglishText()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator(labelEn: "Tax revenue 税收"));
        Assert.Equal("input/tax.yaml:3:24: error SITE024: the English label contains Chinese text ('税收')", line);
    }

    [Theory]
    [InlineData("en: Tax paid by digital-economy enterprises.", "en: 数字经济 tax.", "input/tax.yaml:4:38: error SITE024: the English description contains Chinese text ('数字经济')")]
    [InlineData("translation: tax revenue of 30.6 billion yuan", "translation: 税收 of 30.6 billion yuan", "input/tax.yaml:13:16: error SITE024: the English quote translation contains Chinese text ('税收')")]
    [InlineData("label: { zh: 同比增长, en: Growth }", "label: { zh: 同比增长, en: 增长 }", "input/tax.yaml:15:28: error SITE024: the English figure label contains Chinese text ('增长')")]
    public void EveryEnglishFieldIsReportedWhereItIsWritten(string from, string to, string expected)
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(expected, line);
    }

    [Theory]
    [InlineData("label: { zh: 综合税收, en:", "label: { zh: \"综合,税收\", en:", "input/tax.yaml:3:17: error SITE027: Chinese text has a half-width ',' in '综合,税收'")]
    [InlineData("label: { zh: 综合税收, en:", "label: { zh: '综合税收(全区)', en:", "input/tax.yaml:3:19: error SITE027: Chinese text has a half-width '(' in '综合税收(全区)'")]
    [InlineData("description: { zh: 数字经济企业的综合税收。", "description: { zh: \"数字经济企业的综合税收:全区。\"", "input/tax.yaml:4:32: error SITE027: Chinese text has a half-width ':' in '…业的综合税收:全区。'")]
    public void HalfWidthPunctuationInChineseTextFailsAtTheMark(string from, string to, string expected)
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(expected, line);
    }

    [Fact]
    public void HalfWidthPunctuationHintNamesTheFullWidthMarkAndQuotesAreExempt()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("zh: 数字经济企业的综合税收。", "zh: \"数字经济企业的综合税收;含 1,000 家企业 (CC BY)\"", StringComparison.Ordinal));
        var result = _site.Build(write: false);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SITE027", diagnostic.Code);
        Assert.Contains("write '；' (full-width semicolon, U+FF1B)", diagnostic.Hint?.En, StringComparison.Ordinal);
        // The report's own paragraph uses half-width commas (同比增长18%,占全区): quotes of it still build.
        Assert.Contains(",", TestSite.Paragraph1, StringComparison.Ordinal);
    }

    [Fact]
    public void HalfWidthPunctuationInChineseInterfaceStringsFails()
    {
        var zh = File.ReadAllText(Path.Combine(_site.Root, "data", "i18n", "zh.yaml"));
        _site.Write("data/i18n/zh.yaml", zh.Replace("indicator.cited_start: \"引文：\"", "indicator.cited_start: \"引文:\"", StringComparison.Ordinal));
        var line = TestSite.FirstLine(_site.Build());
        Assert.Matches(@"^data/i18n/zh\.yaml:\d+:\d+: error SITE027: Chinese text has a half-width ':' in '引文:'$", line);
    }

    [Fact]
    public void NonNumericValueFails()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("value: 306", "value: 306亿", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:6:8: error SITE014: value '306亿' is not a plain number as written in the source", line);
    }

    [Fact]
    public void EveryProblemIsReportedInOneRun()
    {
        _site.Write("input/a.yaml", TestSite.TaxIndicator("a").Replace("unit: yi-yuan", "unit: nope", StringComparison.Ordinal));
        _site.Write("input/b.yaml", TestSite.TaxIndicator("b").Replace("theme: digital", "theme: nope", StringComparison.Ordinal));
        _site.Write("input/c.yaml", "id: [broken");
        var result = _site.Build();
        // The copies share their further figure on purpose: the errors are what this test is about.
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["SITE008", "SITE007", "SITE001"], errors.Select(d => d.Code));
        Assert.Equal(["input/a.yaml", "input/b.yaml", "input/c.yaml"], errors.Select(d => d.Span.Path));
    }

    [Fact]
    public void MissingInterfaceStringIsAnError()
    {
        var zh = File.ReadAllText(Path.Combine(_site.Root, "data/i18n/zh.yaml"));
        _site.Write("data/i18n/zh.yaml", string.Join('\n', zh.Split('\n').Where(l => !l.StartsWith("nav.glossary:", StringComparison.Ordinal))));
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "SITE021" && d.Span.Path == "data/i18n/en.yaml" && d.Message.En.Contains("'nav.glossary'", StringComparison.Ordinal));
    }

    [Fact]
    public void TemplateErrorKeepsTheTemplatePosition()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.Write("theme/layouts/glossary.html", "<h1>\n{{ model.no_such_field.x }}</h1>");
        var result = _site.Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SITE020", diagnostic.Code);
        Assert.Equal("theme/layouts/glossary.html", diagnostic.Span.Path);
        Assert.Equal(2, diagnostic.Span.Line);
        Assert.Contains("/en/glossary/ and 1 other page", diagnostic.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ASeriesBuilds() => _site.WithSecondReport().Write("input/tax.yaml", TestSite.SeriesIndicator()).BuildOk();

    [Fact]
    public void ObservationFieldsAtTheTopOfAFileWithObservationsFail()
    {
        _site.WithSecondReport();
        var line = Fails("input/tax.yaml", TestSite.SeriesIndicator().Replace("observations:", "value: 306\nobservations:", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:4:1: error SITE028: 'value' is written at the top level of a file that lists observations:", line);
    }

    [Fact]
    public void AListOfOneObservationFailsWithTheShapeToUseInstead()
    {
        var single = TestSite.SeriesIndicator();
        single = single[..single.IndexOf("  - period: 2024", StringComparison.Ordinal)] + "added: 2024-02-01\nupdated: 2024-02-01\n";
        var result = _site.Write("input/tax.yaml", single).Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("input/tax.yaml:4:1: error SITE028: observations: lists a single observation; it holds two or more", diagnostic.FirstLine);
        Assert.Contains("top level", diagnostic.Hint?.En, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodObservedTwiceFails()
    {
        _site.WithSecondReport();
        var line = Fails("input/tax.yaml", TestSite.SeriesIndicator().Replace("period: 2024", "period: 2023", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:14:13: error SITE029: indicator 'tax-series' has two observations for 2023; the first is at line 5", line);
    }

    [Fact]
    public void AUnitThatChangesBetweenPeriodsFails()
    {
        _site.WithSecondReport();
        var series = TestSite.SeriesIndicator();
        var second = series.LastIndexOf("unit: yi-yuan", StringComparison.Ordinal);
        var line = Fails("input/tax.yaml", series[..second] + "unit: wan-yuan" + series[(second + "unit: yi-yuan".Length)..]);
        Assert.StartsWith("input/tax.yaml:17:11: error SITE008: unknown unit 'wan-yuan'", line, StringComparison.Ordinal);

        _site.Write("data/units.yaml", File.ReadAllText(Path.Combine(_site.Root, "data/units.yaml")) + "\n- { id: wan-yuan, zh: 万元, en: yuan, scale: 4, kind: amount }\n");
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.FirstLine == "input/tax.yaml:17:11: error SITE030: unit 'wan-yuan' for 2024 differs from 'yi-yuan' for 2023; an indicator keeps one unit");
    }

    [Theory]
    [InlineData("2023年")]
    [InlineData("FY2023")]
    [InlineData("23")]
    public void APeriodThatIsNotAYearFails(string period)
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("period: 2023", $"period: {period}", StringComparison.Ordinal));
        Assert.Equal($"input/tax.yaml:8:9: error SITE014: period '{period}' is not a year", line);
    }

    [Fact]
    public void TheOldHeadlineFieldIsToldItsNewName()
    {
        var line = Fails("input/tax.yaml", TestSite.TaxIndicator().Replace("featured: true", "headline: true", StringComparison.Ordinal));
        Assert.Equal("input/tax.yaml:5:1: error SITE002: field 'headline' in indicator is now called 'featured'", line);
    }
}
