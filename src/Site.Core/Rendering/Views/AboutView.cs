namespace Site.Core.Rendering.Views;

/// <summary>The about layout: the source documents and the totals.</summary>
public sealed record AboutView(IReadOnlyList<DocumentView> Documents, int IndicatorCount, int FigureCount) : LayoutView;
