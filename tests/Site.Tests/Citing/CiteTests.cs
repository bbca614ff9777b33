using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Citing;
using Site.Core.Model;

namespace Site.Tests.Citing;

/// <summary>
/// Chinese pages cite in GB/T 7714, English pages in APA 7: the indicator page as a data set with its
/// update date and URL, the original report at its paragraph. The HTML says what the text says, with
/// every piece of data escaped.
/// </summary>
public sealed class CiteTests(CitingSite site) : IClassFixture<CitingSite>
{
    [Fact]
    public void ChinesePagesCiteTheIndicatorAsAnOnlineDataSetInGbT7714()
    {
        var citation = Cite.Indicator(site.Tax, site.Settings, Language.Zh);

        Assert.Equal("测试编辑. 综合税收[DS/OL]. 测试站（2024-02-01）[引用日期]. https://example.org/zh/indicators/tax-revenue/.", citation.Text);
        Assert.Equal(
            "测试编辑. 综合税收[DS/OL]. 测试站（2024-02-01）<span class=\"citation-fill\">[引用日期]</span>. "
            + "<a href=\"https://example.org/zh/indicators/tax-revenue/\">https://example.org/zh/indicators/tax-revenue/</a>.",
            citation.Html.Value);
        Assert.Equal("引用前请把“[引用日期]”换成您访问本页的日期，格式为YYYY-MM-DD。", citation.Instruction);
        Assert.Null(citation.InText);
    }

    [Fact]
    public void ChinesePagesCiteTheReportAtItsParagraphInGbT7714()
    {
        var source = site.Tax.Latest.Headline.Citation;

        var citation = Cite.Report(source.Document, source.Paragraph, Language.Zh);
        Assert.Equal("测试政府. 测试报告[R]. 2024-01-16：（一）第1段.", citation.Text);
        Assert.Equal(citation.Text, citation.Html.Value);
        Assert.Null(citation.Instruction);

        Assert.Equal("测试政府. 测试报告[R]. 2024-01-16.", Cite.Report(source.Document, null, Language.Zh).Text);
    }

    [Fact]
    public void EnglishPagesCiteTheIndicatorAsADataSetInApa7()
    {
        var citation = Cite.Indicator(site.Tax, site.Settings, Language.En);

        Assert.Equal("Test editors. (2024, February 1). Tax revenue [Data set]. Test site. https://example.org/en/indicators/tax-revenue/", citation.Text);
        Assert.Equal(
            "Test editors. (2024, February 1). <i>Tax revenue</i> [Data set]. Test site. "
            + "<a href=\"https://example.org/en/indicators/tax-revenue/\">https://example.org/en/indicators/tax-revenue/</a>",
            citation.Html.Value);
        Assert.Equal("(Test editors, 2024)", citation.InText);
        Assert.Null(citation.Instruction);
    }

    [Fact]
    public void EnglishPagesCiteTheReportByItsOriginalTitleWithATranslationAndTheParagraphInText()
    {
        var source = site.Tax.Latest.Headline.Citation;

        var citation = Cite.Report(source.Document, source.Paragraph, Language.En);
        Assert.Equal("Test government. (2024, January 16). 测试报告 [Test report] [Report].", citation.Text);
        Assert.Equal("Test government. (2024, January 16). <i lang=\"zh-CN\">测试报告</i> [Test report] [Report].", citation.Html.Value);
        Assert.Equal("(Test government, 2024, Section 1, para. 1)", citation.InText);

        Assert.Equal("(Test government, 2024)", Cite.Report(source.Document, null, Language.En).InText);
    }

    [Fact]
    public void DatesComeFromTheDataNeverTheClock()
    {
        // The hostile indicator's file says it was last updated on 5 March 2024.
        Assert.Contains("（2024-03-05）", Cite.Indicator(site.Hostile, site.Settings, Language.Zh).Text, StringComparison.Ordinal);
        Assert.Contains("(2024, March 5)", Cite.Indicator(site.Hostile, site.Settings, Language.En).Text, StringComparison.Ordinal);
        Assert.Equal(Cite.Indicator(site.Tax, site.Settings, Language.En), Cite.Indicator(site.Tax, site.Settings, Language.En));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void TheHtmlReadsAsTheTextWithEveryLabelEscaped(string code)
    {
        var language = Language.All.Single(l => l.Code == code);
        var citation = Cite.Indicator(site.Hostile, site.Settings, language);

        Assert.Contains(language.Pick(CitingSite.HostileZh, CitingSite.HostileEn), citation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", citation.Html.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ", citation.Html.Value, StringComparison.Ordinal);

        var body = Body(citation);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Equal(citation.Text, body.TextContent);
        Assert.Equal($"https://example.org/{code}/indicators/hostile/", Assert.Single(body.QuerySelectorAll("a")).GetAttribute("href"));

        var source = site.Tax.Latest.Headline.Citation;
        var report = Cite.Report(source.Document, source.Paragraph, language);
        Assert.Equal(report.Text, Body(report).TextContent);
    }

    [Fact]
    public void ApaItalicisesTheTitleAndGbT7714DoesNot()
    {
        var english = Body(Cite.Indicator(site.Hostile, site.Settings, Language.En));
        Assert.Equal(CitingSite.HostileEn, Assert.Single(english.QuerySelectorAll("i")).TextContent);

        // Chinese typography has no italics; the standard's examples set titles upright.
        var chinese = Body(Cite.Indicator(site.Hostile, site.Settings, Language.Zh));
        Assert.Empty(chinese.QuerySelectorAll("i"));
        Assert.Equal("[引用日期]", Assert.Single(chinese.QuerySelectorAll("span.citation-fill")).TextContent);
    }

    private static IElement Body(FormattedCitation citation) =>
        new HtmlParser().ParseDocument("<!doctype html><body>" + citation.Html.Value).Body!;
}
