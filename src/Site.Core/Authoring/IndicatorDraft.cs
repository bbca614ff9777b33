using System.Collections.Immutable;

namespace Site.Core.Authoring;

/// <summary>
/// A new indicator file as <c>new</c> writes it. <see cref="Text"/> leaves the editor's part blank
/// (English label, descriptions, translation, the counted noun), so <c>check</c> fails until it is filled
/// in; <see cref="FilledText"/> is the same file, line for line, with placeholders there, which
/// <c>new</c> checks before writing so every other problem is reported at once, at its line.
/// </summary>
public sealed record IndicatorDraft(
    string Path,
    string Text,
    string FilledText,
    string DocumentId,
    string ParagraphId,
    string ThemeId,
    int Period,
    QuotedFigure Figure,
    ImmutableArray<QuotedFigure> Others);
