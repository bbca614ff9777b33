using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// GB/T 7714-2025, the Chinese national standard for references, for Chinese pages. The indicator page is
/// an online data set (DS/OL): 主要责任者. 题名[DS/OL]. 发布平台（发布或修改日期）[引用日期]. 获取和访问路径.
/// The report is a report (R), cited at its paragraph: 主要责任者. 题名[R]. 发布日期：引文位置.
/// Separators as the 2025 edition's examples print them: period and square brackets half-width, colon
/// and parentheses full-width. docs/citing.md says where each rule was confirmed and what was adapted.
/// </summary>
internal sealed class GbT7714 : CitationStyle
{
    // The reader's access date: required for online resources, unknowable to a static build. The slot
    // stays in the citation, visibly unfilled, so a copied citation cannot pass it off as filled in.
    private const string AccessDate = "[引用日期]";

    private const string FillAccessDate = "引用前请把“[引用日期]”换成您访问本页的日期，格式为YYYY-MM-DD。";

    public override FormattedCitation Indicator(Indicator indicator, SiteSettings settings, Language language) =>
        new CitationBuilder()
            .Plain(settings.Publisher[language]).Sentence()
            .Plain(indicator.Label[language]).Plain("[DS/OL]").Sentence()
            // The page's content last changed on its update date: the standard's (发布或修改日期) slot, which
            // the 2015 edition called (更新或修改日期).
            .Plain(settings.Title[language]).Plain("（" + IsoDate.Of(indicator.Updated) + "）")
            .Placeholder(AccessDate).Sentence()
            .Link(settings.Absolute(Urls.Indicator(language, indicator.Id))).Period()
            .Build() with { Instruction = FillAccessDate };

    public override FormattedCitation Report(SourceDocument document, Paragraph? paragraph, Language language)
    {
        var builder = new CitationBuilder()
            .Plain(document.Issuer[language]).Sentence()
            .Plain(document.Title[language]).Plain("[R]").Sentence()
            .Plain(IsoDate.Of(document.Date));
        if (paragraph is not null)
        {
            // The standard's locator is a page (引文页码); a paragraph number takes its place.
            builder.Plain("：" + language.Wording.ParagraphReference(paragraph));
        }

        // Not an online resource as cited (the government's report, not our copy): no access date.
        return builder.Period().Build();
    }

    protected override string SourceNote(FormattedCitation report, Paragraph paragraph, string paragraphUrl) =>
        $"原始出处：{report.Text} 该段原文：{paragraphUrl}";
}
