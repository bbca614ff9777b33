namespace Site.Core.Model;

/// <summary>
/// One paragraph of a source document, byte-exact, resolved: its theme (a section or a sub-theme) and
/// that theme's section. <see cref="Number"/> counts paragraphs from 1 in document order;
/// <see cref="DocumentId"/> and <see cref="Id"/> make its address (/sources/{document}/#{id}).
/// </summary>
public sealed record Paragraph(
    string Id,
    string DocumentId,
    int Number,
    Theme Theme,
    Theme Section,
    string Heading,
    string Text,
    string Translation);
