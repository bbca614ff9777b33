using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>A source document as its file writes it: its metadata and its paragraphs, in order.</summary>
public sealed record DocumentInput(
    string Id,
    LocalizedText Title,
    LocalizedText ShortTitle,
    LocalizedText Issuer,
    LocalizedText Speaker,
    LocalizedText Occasion,
    LocalizedText Part,
    LocalizedText Provenance,
    DateOnly Date,
    ImmutableArray<ParagraphInput> Paragraphs)
{
    // Validation and resolution look a paragraph up for every figure: a dictionary keeps them linear in
    // the number of indicators. Derived from Paragraphs once; the record is never modified after construction.
    private readonly ImmutableDictionary<string, int> _positions =
        Paragraphs.Select((p, i) => KeyValuePair.Create(p.Id, i)).DistinctBy(p => p.Key).ToImmutableDictionary(StringComparer.Ordinal);

    public ParagraphInput? FindParagraph(string id) => _positions.TryGetValue(id, out var i) ? Paragraphs[i] : null;
}
