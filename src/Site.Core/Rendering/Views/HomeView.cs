namespace Site.Core.Rendering.Views;

/// <summary>The home layout: headline figures, the sections, the source documents and the totals.</summary>
public sealed record HomeView(
    IReadOnlyList<IndicatorCardView> Headlines,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<DocumentView> Documents,
    int IndicatorCount,
    int FigureCount) : LayoutView;
