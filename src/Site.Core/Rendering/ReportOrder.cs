using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Rendering;

/// <summary>
/// Orders indicators as the report tells them: by document, paragraph, then where the quote stands
/// in the paragraph. Ties (never expected) fall back to the id, so the order is always the same.
/// </summary>
public static class ReportOrder
{
    public static ImmutableArray<Indicator> Sort(SiteModel site) =>
        [.. site.Indicators
            .Select(i => (Indicator: i, Document: site.FindDocument(i.Figure.Source.DocumentId)!))
            .OrderBy(x => site.PositionOf(x.Document.Id))
            .ThenBy(x => x.Document.PositionOf(x.Indicator.Figure.Source.ParagraphId))
            .ThenBy(x => Paragraph(site, x.Indicator).Text.IndexOf(x.Indicator.Figure.Source.Quote, StringComparison.Ordinal))
            .ThenBy(x => x.Indicator.Id, StringComparer.Ordinal)
            .Select(x => x.Indicator)];

    public static Paragraph Paragraph(SiteModel site, Indicator indicator) =>
        site.FindDocument(indicator.Figure.Source.DocumentId)!.FindParagraph(indicator.Figure.Source.ParagraphId)!;
}
