namespace Site.Core.Model;

/// <summary>A column or field of the open data and what it means.</summary>
public sealed record CodebookEntry(string Name, LocalizedText Meaning);
