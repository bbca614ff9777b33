namespace Site.Core.Rendering.Views;

/// <summary>A column or field and its meaning in the page's language.</summary>
public sealed record CodebookRowView(string Name, string Meaning);
