using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>
/// Where each field of one mapping was written. A text in both languages has a position per language
/// (an English label's error points at the English words). A field that was not written falls back to
/// the mapping's own position.
/// </summary>
public sealed class FieldSpans
{
    private readonly ImmutableDictionary<(Field Field, string? Language), SourceSpan> _spans;

    public FieldSpans(SourceSpan fallback, ImmutableDictionary<(Field Field, string? Language), SourceSpan> spans)
    {
        Fallback = fallback;
        _spans = spans;
    }

    /// <summary>The mapping's own position: where a missing field is reported.</summary>
    public SourceSpan Fallback { get; }

    public SourceSpan this[Field field] => _spans.TryGetValue((field, null), out var span) ? span : Fallback;

    /// <summary>The position of one language's text of a field, else of the field.</summary>
    public SourceSpan this[Field field, Language language] =>
        _spans.TryGetValue((field, language.Code), out var span) ? span : this[field];

    public static FieldSpans At(SourceSpan fallback) => new(fallback, ImmutableDictionary<(Field, string?), SourceSpan>.Empty);
}
