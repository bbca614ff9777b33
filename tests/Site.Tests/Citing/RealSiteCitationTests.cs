using Site.Core.Citing;
using Site.Core.Model;

namespace Site.Tests.Citing;

/// <summary>
/// The real site's citations for digital-economy-tax-revenue are the ones docs/citing.md shows: the doc
/// quotes the code's output, and this keeps the two from drifting apart.
/// </summary>
public sealed class RealSiteCitationTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "citing.md"));

    private Indicator Indicator => site.Model.Indicators.Single(i => i.Id == "digital-economy-tax-revenue");

    [Fact]
    public void ChineseCitationsAreTheDocumentedOnes()
    {
        var indicator = Cite.Indicator(Indicator, site.Model.Settings, Language.Zh);
        Assert.Equal(
            "长宁区政府工作报告数值溯源网站编者. 数字经济企业综合税收[DS/OL]. 长宁区政府工作报告数值溯源（2026-12-02）[引用日期]. "
            + "https://changning-indicators.netlify.app/zh/indicators/digital-economy-tax-revenue/.",
            indicator.Text);
        var report = CiteReport(Language.Zh);
        Assert.Equal("上海市长宁区人民政府. 2024年上海市长宁区政府工作报告[R]. 2024-01-16：（三）第3段.", report.Text);

        AssertDocumented(indicator.Text, indicator.Instruction, report.Text);
    }

    [Fact]
    public void EnglishCitationsAreTheDocumentedOnes()
    {
        var indicator = Cite.Indicator(Indicator, site.Model.Settings, Language.En);
        Assert.Equal(
            "The editors of Changning Work Report Figures. (2026, December 2). Total tax revenue of digital-economy enterprises [Data set]. "
            + "Changning Government Work Report Figures, Traced to Source. https://changning-indicators.netlify.app/en/indicators/digital-economy-tax-revenue/",
            indicator.Text);
        var report = CiteReport(Language.En);
        Assert.Equal(
            "Changning District People's Government, Shanghai. (2024, January 16). 2024年上海市长宁区政府工作报告 [Changning District Government Work Report 2024] [Report].",
            report.Text);
        Assert.Equal("(Changning District People's Government, Shanghai, 2024, Section 3, para. 3)", report.InText);

        AssertDocumented(indicator.Text, indicator.InText, report.Text, report.InText);
    }

    [Fact]
    public void TheBibTeXAndCslJsonExamplesAreTheDocumentedOnes() =>
        AssertDocumented(
            Cite.BibTeX(Indicator, site.Model.Settings).TrimEnd('\n'),
            Cite.CslJson(Indicator, site.Model.Settings).TrimEnd('\n'),
            Cite.BibTeX(Indicator, site.Model.Settings, Language.En).TrimEnd('\n'));

    private FormattedCitation CiteReport(Language language)
    {
        var source = Indicator.Latest.Headline.Citation;
        return Cite.Report(source.Document, source.Paragraph, language);
    }

    private static void AssertDocumented(params string?[] texts)
    {
        foreach (var text in texts)
        {
            Assert.NotNull(text);
            Assert.True(Doc.Contains(text, StringComparison.Ordinal), $"docs/citing.md should show:\n{text}");
        }
    }
}
