namespace Site.Core.Rendering.Views;

/// <summary>The search and not-found layouts: the sections and sub-themes to browse when a search cannot help.</summary>
public sealed record SectionsView(IReadOnlyList<SectionView> Sections) : LayoutView;
