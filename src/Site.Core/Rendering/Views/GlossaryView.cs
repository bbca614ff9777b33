namespace Site.Core.Rendering.Views;

/// <summary>A glossary entry as a page shows it.</summary>
public sealed record GlossaryView(string Id, string Term, string En, string? Pinyin, string Explanation, string Url);
