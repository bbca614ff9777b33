using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// A paragraph with every figure that cites it, in report order (indicators), then file order (their
/// figures). Kept apart from <see cref="Paragraph"/> so the model has no cycles: a figure's citation
/// names its paragraph, and this names the figures.
/// </summary>
public sealed record CitedParagraph(Paragraph Paragraph, ImmutableArray<CitingFigure> Citations)
{
    /// <summary>The indicators citing the paragraph, each once, in report order.</summary>
    public ImmutableArray<Indicator> Indicators { get; } = [.. Citations.Select(c => c.Indicator).DistinctBy(i => i.Order)];
}
