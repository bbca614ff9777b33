namespace Site.Core.Rendering.Views;

/// <summary>Everything an indicator page shows.</summary>
public sealed record IndicatorView(
    string Id,
    string Label,
    string Description,
    FigureView Figure,
    IReadOnlyList<FigureView> Figures,
    CitationView Citation,
    IReadOnlyList<GlossaryView> Terms,
    LinkView Section,
    LinkView Theme,
    LinkView? Previous,
    LinkView? Next,
    string JsonUrl) : LayoutView;
