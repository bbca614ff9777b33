using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>A source document: its metadata and its paragraphs, in order.</summary>
public sealed record SourceDocument(
    string Id,
    string Path,
    LocalizedText Title,
    LocalizedText ShortTitle,
    LocalizedText Issuer,
    LocalizedText Speaker,
    LocalizedText Occasion,
    LocalizedText Part,
    LocalizedText Provenance,
    DateOnly Date,
    ImmutableArray<Paragraph> Paragraphs)
{
    // Looked up for every figure on every page: a dictionary keeps the build linear in the number of
    // indicators. Derived from Paragraphs once; the record is never modified after construction.
    private readonly ImmutableDictionary<string, int> _positions =
        Paragraphs.Select((p, i) => KeyValuePair.Create(p.Id, i)).DistinctBy(p => p.Key).ToImmutableDictionary(StringComparer.Ordinal);

    public Paragraph? FindParagraph(string id) => _positions.TryGetValue(id, out var i) ? Paragraphs[i] : null;

    /// <summary>The paragraph's position in the document, or -1.</summary>
    public int PositionOf(string paragraphId) => _positions.TryGetValue(paragraphId, out var i) ? i : -1;
}
