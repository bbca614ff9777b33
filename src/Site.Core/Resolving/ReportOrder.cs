using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // Keys computed once per indicator and compared as numbers (serve sorts ten thousand on every edit).
        var position = documents.Select((d, i) => KeyValuePair.Create(d.Id, i)).ToDictionary(StringComparer.Ordinal);
        var items = indicators.ToArray();
        var keys = Array.ConvertAll(items, i => (
            Document: position[i.Latest.Headline.Citation.Document.Id],
            Paragraph: i.Latest.Headline.Citation.Paragraph.Number,
            Start: i.Latest.Headline.Citation.QuoteRange.Start,
            i.Id));
        Array.Sort(keys, items, Comparer<(int Document, int Paragraph, int Start, string Id)>.Create(static (a, b) =>
            a.Document != b.Document ? a.Document.CompareTo(b.Document)
            : a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : string.CompareOrdinal(a.Id, b.Id)));
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }
}
