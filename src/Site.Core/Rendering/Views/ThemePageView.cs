namespace Site.Core.Rendering.Views;

/// <summary>The theme layout: a section or sub-theme, and for a sub-theme its section.</summary>
public sealed record ThemePageView(ThemeView Theme, LinkView? Parent) : LayoutView;
