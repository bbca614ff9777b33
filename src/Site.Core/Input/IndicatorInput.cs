using System.Collections.Immutable;

namespace Site.Core.Input;

/// <summary>An indicator file as written: a headline figure with what it measures, and further figures of the same statement.</summary>
public sealed record IndicatorInput(
    string Id,
    string ThemeId,
    Model.LocalizedText Label,
    Model.LocalizedText Description,
    bool IsHeadline,
    FigureInput Figure,
    ImmutableArray<FigureInput> Figures,
    FieldSpans Spans)
{
    /// <summary>The file the indicator was read from.</summary>
    public string Path => Spans.Fallback.Path;

    /// <summary>The headline figure first, then the further figures, in file order.</summary>
    public IEnumerable<FigureInput> AllFigures => Figures.Insert(0, Figure);
}
