using System.Collections.Immutable;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// What validation proved about every figure, handed to the resolve stage so that nothing searches for a
/// quote again: its quote's place in the paragraph (verbatim, once) and its figure as written, with that
/// text's place in the paragraph (a whole number).
/// </summary>
public sealed class Proofs(
    ImmutableDictionary<FigureInput, TextRange> quotes,
    ImmutableDictionary<FigureInput, (WrittenFigure Written, TextRange Range)> figures)
{
    /// <summary>Every figure whose quote was proved, with where it stands.</summary>
    public ImmutableDictionary<FigureInput, TextRange> Quotes => quotes;

    /// <summary>Every figure proved as written, with its text and where it stands.</summary>
    public ImmutableDictionary<FigureInput, (WrittenFigure Written, TextRange Range)> Figures => figures;

    public TextRange? QuoteOf(FigureInput figure) => quotes.TryGetValue(figure, out var range) ? range : null;

    public (WrittenFigure Written, TextRange Range)? FigureOf(FigureInput figure) => figures.TryGetValue(figure, out var proof) ? proof : null;
}
