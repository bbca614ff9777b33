using System.Collections.Immutable;
using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>
/// One verified figure. <see cref="ValueText"/> is the number exactly as written in the source
/// (null for claims such as 全覆盖); <see cref="Value"/> is the same number as a decimal, never a double.
/// </summary>
public sealed record Figure(
    LocalizedText Label,
    string? ValueText,
    decimal? Value,
    string UnitId,
    string? QualifierId,
    string? BasisId,
    LocalizedText? Scope,
    Noun? Noun,
    string Period,
    FigureRelation Relation,
    Citation Source)
{
    /// <summary>Where each field was written, so any rule can point at the exact spot.</summary>
    public ImmutableDictionary<string, SourceSpan> Spans { get; init; } = ImmutableDictionary<string, SourceSpan>.Empty;

    public SourceSpan SpanOf(string field, SourceSpan fallback) =>
        Spans.TryGetValue(field, out var span) ? span : fallback;
}
