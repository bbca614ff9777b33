namespace Site.Core.Model;

/// <summary>Where a figure comes from: a verbatim quote inside one paragraph of one document.</summary>
public sealed record Citation(string DocumentId, string ParagraphId, string Quote, string Translation);
