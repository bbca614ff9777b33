namespace Site.Core.Rendering.Views;

/// <summary>An hreflang alternate of a page, with an absolute URL.</summary>
public sealed record AlternateView(string Hreflang, string Href);
