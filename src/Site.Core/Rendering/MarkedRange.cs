namespace Site.Core.Rendering;

/// <summary>
/// A range of a paragraph to wrap in an element: a <c>mark</c> for cited words, or a link (with an
/// optional title) from a cited figure to its indicator.
/// </summary>
public sealed record MarkedRange(int Start, int End, string? Href, string? Title);
