using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>A source document: its metadata and its paragraphs, in order.</summary>
public sealed record SourceDocument(
    string Id,
    LocalizedText Title,
    LocalizedText ShortTitle,
    LocalizedText Issuer,
    LocalizedText Speaker,
    LocalizedText Occasion,
    LocalizedText Part,
    LocalizedText Provenance,
    DateOnly Date,
    ImmutableArray<Paragraph> Paragraphs);
