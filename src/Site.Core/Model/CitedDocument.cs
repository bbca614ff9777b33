using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>A source document with, for each of its paragraphs, the figures citing it.</summary>
public sealed record CitedDocument(SourceDocument Document, ImmutableArray<CitedParagraph> Paragraphs);
