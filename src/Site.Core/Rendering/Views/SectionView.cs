namespace Site.Core.Rendering.Views;

/// <summary>
/// A section or sub-theme as a list of themes shows it (home, search, not found): its title, link and how
/// many indicators it holds, without their cards. Those pages never show the cards, and making one for
/// every indicator of the site for each of them was most of their rendering time.
/// </summary>
public sealed record SectionView(
    string Id,
    string Title,
    string? Summary,
    string Url,
    IReadOnlyList<SectionView> Children,
    int IndicatorCount);
