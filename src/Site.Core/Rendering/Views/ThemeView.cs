namespace Site.Core.Rendering.Views;

/// <summary>A section or sub-theme with its indicators, in the report's order.</summary>
public sealed record ThemeView(
    string Id,
    string Title,
    string? Number,
    string? Summary,
    string Url,
    IReadOnlyList<IndicatorCardView> Indicators,
    IReadOnlyList<ThemeView> Children,
    string? ParagraphUrl);
