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
            .OrderBy(i => site.Documents.IndexOf(site.FindDocument(i.Figure.Source.DocumentId)!))
            .ThenBy(i => site.FindDocument(i.Figure.Source.DocumentId)!.Paragraphs.IndexOf(Paragraph(site, i)))
            .ThenBy(i => Paragraph(site, i).Text.IndexOf(i.Figure.Source.Quote, StringComparison.Ordinal))
            .ThenBy(i => i.Id, StringComparer.Ordinal)];

    public static Paragraph Paragraph(SiteModel site, Indicator indicator) =>
        site.FindDocument(indicator.Figure.Source.DocumentId)!.FindParagraph(indicator.Figure.Source.ParagraphId)!;
}
