namespace Site.Core.Rendering.Views;

/// <summary>
/// Everything an indicator page shows: its latest observation (period, headline figure, description,
/// further figures, citation) and, when it has two or more observations, the series, newest first
/// (empty otherwise).
/// </summary>
public sealed record IndicatorView(
    string Id,
    string Label,
    string Description,
    string Period,
    FigureView Figure,
    IReadOnlyList<FigureView> Figures,
    CitationView Citation,
    IReadOnlyList<SeriesRowView> Series,
    IReadOnlyList<GlossaryView> Terms,
    LinkView Section,
    LinkView Theme,
    LinkView? Previous,
    LinkView? Next,
    string JsonUrl,
    string Added,
    string AddedIso,
    string Updated,
    string UpdatedIso,
    IReadOnlyList<CorrectionView> Corrections,
    IReadOnlyList<DownloadView> Downloads,
    IReadOnlyList<Charts.ChartView> Charts,
    CiteView Cite) : LayoutView;
