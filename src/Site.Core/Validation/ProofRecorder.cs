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
    // Persistent maps: a later check starts from an earlier one's proofs in constant time, and changes
    // only what it checks again (serve, after an edit of a few indicators among thousands).
    private readonly ImmutableDictionary<FigureInput, TextRange>.Builder _quotes;
    private readonly ImmutableDictionary<FigureInput, (WrittenFigure Written, TextRange Range)>.Builder _figures;

    public ProofRecorder()
    {
        _quotes = ImmutableDictionary.CreateBuilder<FigureInput, TextRange>(ReferenceEqualityComparer.Instance);
        _figures = ImmutableDictionary.CreateBuilder<FigureInput, (WrittenFigure Written, TextRange Range)>(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Starts from what an earlier check proved, less what it proved of <paramref name="dropped"/> (figures no longer read).</summary>
    public ProofRecorder(Proofs earlier, IEnumerable<FigureInput> dropped)
    {
        _quotes = earlier.Quotes.ToBuilder();
        _figures = earlier.Figures.ToBuilder();
        foreach (var figure in dropped)
        {
            _quotes.Remove(figure);
            _figures.Remove(figure);
        }
    }

    public void Quote(FigureInput figure, TextRange range) => _quotes[figure] = range;

    /// <summary>Where the figure's quote was proved to stand, or null when it was not (not verbatim, or not once).</summary>
    public TextRange? QuoteOf(FigureInput figure) => _quotes.TryGetValue(figure, out var range) ? range : null;

    public void Figure(FigureInput figure, WrittenFigure written, TextRange range) => _figures[figure] = (written, range);

    /// <summary>Where the figure as written was proved to stand in its paragraph, or null when it was not.</summary>
    public (WrittenFigure Written, TextRange Range)? FigureOf(FigureInput figure) => _figures.TryGetValue(figure, out var proof) ? proof : null;

    /// <summary>How many figures were proved as written so far.</summary>
    public int FigureCount => _figures.Count;

    public Proofs ToProofs() => new(_quotes.ToImmutable(), _figures.ToImmutable());
}
