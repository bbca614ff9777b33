using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>
/// One observation of an indicator as its file writes it: the period, what the report says of it, its
/// headline figure and further figures of the same statement. In today's single-observation shape these
/// fields sit at the top of the file; with <c>observations:</c> each item of the list holds them.
/// </summary>
public sealed record ObservationInput(
    Period Period,
    LocalizedText Description,
    FigureInput Headline,
    ImmutableArray<FigureInput> Further,
    FieldSpans Spans)
{
    /// <summary>The headline figure first, then the further figures, in file order.</summary>
    public ImmutableArray<FigureInput> AllFigures { get; } = Further.Insert(0, Headline);
}
