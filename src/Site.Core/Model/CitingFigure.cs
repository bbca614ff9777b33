namespace Site.Core.Model;

/// <summary>A figure that cites a paragraph, with the indicator it belongs to.</summary>
public sealed record CitingFigure(Indicator Indicator, Figure Figure);
