using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// An indicator, resolved: a measure (its sub-theme and section, its label) with one or more
/// observations, oldest first. The latest observation is its headline. <see cref="Order"/> is its place in
/// report order (the order of <see cref="SiteModel.Indicators"/>), so neighbours are found by position.
/// <see cref="Added"/> and <see cref="Updated"/> are dates its file states (never the build's clock), and
/// <see cref="Corrections"/> are the changes made to its published data, oldest first.
/// </summary>
public sealed record Indicator(
    string Id,
    int Order,
    Theme Theme,
    Theme Section,
    LocalizedText Label,
    bool IsFeatured,
    ImmutableArray<Observation> Observations,
    DateOnly Added,
    DateOnly Updated,
    ImmutableArray<Correction> Corrections)
{
    /// <summary>The newest observation: the one the indicator's page, card and open data lead with.</summary>
    public Observation Latest => Observations[^1];

    /// <summary>Whether there is a series to show: two or more observations.</summary>
    public bool HasSeries => Observations.Length > 1;

    /// <summary>Every figure of every observation, oldest observation first.</summary>
    public ImmutableArray<Figure> AllFigures { get; } = [.. Observations.SelectMany(o => o.AllFigures)];
}
