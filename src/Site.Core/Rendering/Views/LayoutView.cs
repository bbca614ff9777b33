namespace Site.Core.Rendering.Views;

/// <summary>
/// What a page's own layout reads as <c>model</c>: one type per layout, so a template and the code that
/// feeds it agree on the fields.
/// </summary>
public abstract record LayoutView;
