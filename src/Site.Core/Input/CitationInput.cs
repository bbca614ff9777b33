namespace Site.Core.Input;

/// <summary>Where a figure says it comes from, as written: a quote inside one paragraph of one document, by id.</summary>
public sealed record CitationInput(string DocumentId, string ParagraphId, string Quote, string Translation);
