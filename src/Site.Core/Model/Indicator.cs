using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// An indicator, resolved: its sub-theme and section, a headline figure with what it measures, and
/// further figures of the same statement. <see cref="Order"/> is its place in report order (the order of
/// <see cref="SiteModel.Indicators"/>), so neighbours are found by position, not by search.
/// </summary>
public sealed record Indicator(
    string Id,
    int Order,
    Theme Theme,
    Theme Section,
    LocalizedText Label,
    LocalizedText Description,
    bool IsHeadline,
    Figure Headline,
    ImmutableArray<Figure> Further)
{
    /// <summary>The headline figure first, then the further figures, in file order.</summary>
    public ImmutableArray<Figure> AllFigures { get; } = [Headline, .. Further];
}
