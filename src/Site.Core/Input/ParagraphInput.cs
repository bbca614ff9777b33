namespace Site.Core.Input;

/// <summary>
/// One paragraph of a source document as its file writes it, byte-exact. It begins with
/// <see cref="Heading"/>, the section heading or sub-theme phrase; <see cref="Translation"/> is an
/// unofficial English rendering. <see cref="ThemeId"/> is resolved after validation.
/// </summary>
public sealed record ParagraphInput(string Id, string ThemeId, string Heading, string Text, string Translation, FieldSpans Spans);
