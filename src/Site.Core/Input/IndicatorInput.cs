using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>
/// An indicator file as written: what it measures (id, theme, label) and one or more observations, in
/// file order. <see cref="IsFeatured"/> offers it on the home page.
/// </summary>
public sealed record IndicatorInput(
    string Id,
    string ThemeId,
    LocalizedText Label,
    bool IsFeatured,
    ImmutableArray<ObservationInput> Observations,
    FieldSpans Spans)
{
    /// <summary>The file the indicator was read from.</summary>
    public string Path => Spans.Fallback.Path;

    /// <summary>Every figure of every observation, in file order.</summary>
    public IEnumerable<FigureInput> AllFigures => Observations.SelectMany(o => o.AllFigures);
}
