using Site.Core.Diagnostics;

namespace Site.Core.Input;

/// <summary>
/// A text the site writes itself (a label, a glossary entry, an interface string) with where it stands in
/// its file. <see cref="Column"/> is the column of its first character when every character of the text
/// sits on one line as written (no line breaks, no escapes), so a rule can point at a single character.
/// </summary>
public sealed record LocatedText(string Text, SourceSpan Span, int? Column)
{
    /// <summary>The position of the character at <paramref name="index"/>, or of the whole text when columns are not exact.</summary>
    public SourceSpan At(int index) => Column is { } column ? Span with { Column = column + index } : Span;
}
