namespace Site.Core.Model;

/// <summary>
/// One paragraph of a source document, byte-exact. It begins with <see cref="Heading"/>, the section
/// heading or sub-theme phrase; <see cref="Translation"/> is an unofficial English rendering.
/// </summary>
public sealed record Paragraph(string Id, string ThemeId, string Heading, string Text, string Translation, int Line);
