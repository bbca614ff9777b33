using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Resolving;

/// <summary>
/// The order indicators are told in: by where their latest observation's headline figure is quoted,
/// document (newest report first), paragraph, then the quote's place in the paragraph. Ties (never
/// expected) fall back to the id, so the order is always the same. Computed once, when the site is resolved.
/// </summary>
public static class ReportOrder
{
    public static ImmutableArray<Indicator> Sort(IEnumerable<Indicator> indicators, ImmutableArray<SourceDocument> documents)
    {
        var position = documents.Select((d, i) => KeyValuePair.Create(d.Id, i)).ToDictionary(StringComparer.Ordinal);
        return [.. indicators
            .OrderBy(i => position[i.Latest.Headline.Citation.Document.Id])
            .ThenBy(i => i.Latest.Headline.Citation.Paragraph.Number)
            .ThenBy(i => i.Latest.Headline.Citation.QuoteRange.Start)
            .ThenBy(i => i.Id, StringComparer.Ordinal)];
    }
}
