using System.Collections.Immutable;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// Collects, while the rules run, what they proved about each figure: where its quote stands in its
/// paragraph, and where the figure as written stands there. Figures are keyed by reference: two files
/// may hold equal figures, each proved on its own.
/// </summary>
public sealed class ProofRecorder
{
    private readonly Dictionary<FigureInput, TextRange> _quotes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FigureInput, (WrittenFigure Written, TextRange Range)> _figures = new(ReferenceEqualityComparer.Instance);

    public void Quote(FigureInput figure, TextRange range) => _quotes[figure] = range;

    /// <summary>Where the figure's quote was proved to stand, or null when it was not (not verbatim, or not once).</summary>
    public TextRange? QuoteOf(FigureInput figure) => _quotes.TryGetValue(figure, out var range) ? range : null;

    public void Figure(FigureInput figure, WrittenFigure written, TextRange range) => _figures[figure] = (written, range);

    /// <summary>Where the figure as written was proved to stand in its paragraph, or null when it was not.</summary>
    public (WrittenFigure Written, TextRange Range)? FigureOf(FigureInput figure) => _figures.TryGetValue(figure, out var proof) ? proof : null;

    public Proofs ToProofs() => new(
        _quotes.ToImmutableDictionary(ReferenceEqualityComparer.Instance),
        _figures.ToImmutableDictionary(ReferenceEqualityComparer.Instance));
}
