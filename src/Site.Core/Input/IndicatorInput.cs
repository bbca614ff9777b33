using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>
/// An indicator file as written: what it measures (id, theme, label), one or more observations in file
/// order, when it was added and when its content last changed, and the corrections made to it since.
/// <see cref="IsFeatured"/> offers it on the home page.
/// </summary>
public sealed record IndicatorInput(
    string Id,
    string ThemeId,
    LocalizedText Label,
    bool IsFeatured,
    ImmutableArray<ObservationInput> Observations,
    DateOnly Added,
    DateOnly Updated,
    ImmutableArray<CorrectionInput> Corrections,
    FieldSpans Spans)
{
    /// <summary>The file the indicator was read from.</summary>
    public string Path => Spans.Fallback.Path;

    /// <summary>Every figure of every observation, in file order (every rule reads them: made once).</summary>
    public ImmutableArray<FigureInput> AllFigures { get; } = [.. Observations.SelectMany(o => o.AllFigures)];
}
