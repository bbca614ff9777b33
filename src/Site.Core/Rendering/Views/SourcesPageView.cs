namespace Site.Core.Rendering.Views;

/// <summary>The sources layout: every source document, newest first, with how much of it the site cites.</summary>
public sealed record SourcesPageView(IReadOnlyList<SourceSummaryView> Documents) : LayoutView;
