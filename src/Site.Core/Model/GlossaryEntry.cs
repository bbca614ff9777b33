using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// A programme, place or institution name and the one English name the site gives it. <see cref="Variants"/>
/// are other English forms a translation may use for the same term (a shortened or alternative official
/// form); the term base check accepts any of them. <see cref="EnSource"/> says where an official English
/// name is published; null when the English is this site's own rendering.
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Term,
    string En,
    string? Pinyin,
    LocalizedText Explanation,
    ImmutableArray<string> Variants,
    LocalizedText? EnSource)
{
    /// <summary>Whether the English name is an official one (with <see cref="EnSource"/>) rather than the site's own.</summary>
    public bool IsOfficial => EnSource is not null;

    /// <summary>Every English form a translation may use: the name first, then the variants.</summary>
    public IEnumerable<string> EnglishForms => Variants.Insert(0, En);
}
