namespace Site.Core.Model;

/// <summary>A programme, place or institution name with its established English name.</summary>
public sealed record GlossaryEntry(string Id, string Term, string En, string? Pinyin, LocalizedText Explanation);
