namespace Site.Core.Rendering.Views;

/// <summary>A link as templates see it.</summary>
public sealed record LinkView(string Title, string Url);
