using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// One observation of an indicator: the period, what the report says of it, its headline figure and
/// further figures of the same statement, each citing a paragraph of its own report. <see cref="Change"/>
/// compares the headline with the previous period's (null for an indicator's first observation).
/// </summary>
public sealed record Observation(
    Period Period,
    LocalizedText Description,
    Figure Headline,
    ImmutableArray<Figure> Further,
    Change? Change)
{
    /// <summary>The headline figure first, then the further figures, in file order.</summary>
    public ImmutableArray<Figure> AllFigures { get; } = [Headline, .. Further];
}
