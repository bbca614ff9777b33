using System.Collections.Immutable;
using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>An indicator: a headline figure with what it measures, and further figures of the same statement.</summary>
public sealed record Indicator(
    string Id,
    string ThemeId,
    LocalizedText Label,
    LocalizedText Description,
    bool IsHeadline,
    Figure Figure,
    ImmutableArray<Figure> Figures,
    SourceSpan Span)
{
    /// <summary>Where the indicator's own fields (id, theme) were written.</summary>
    public ImmutableDictionary<string, SourceSpan> Spans { get; init; } = ImmutableDictionary<string, SourceSpan>.Empty;

    public SourceSpan SpanOf(string field) => Spans.TryGetValue(field, out var span) ? span : Span;

    /// <summary>The headline figure first, then the further figures, in file order.</summary>
    public IEnumerable<Figure> AllFigures => Figures.Insert(0, Figure);
}
