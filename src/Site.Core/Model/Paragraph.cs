namespace Site.Core.Model;

/// <summary>
/// One paragraph of a source document, byte-exact, resolved: its theme (a section or a sub-theme) and
/// that theme's section. <see cref="Number"/> counts paragraphs from 1 in document order and orders them;
/// <see cref="NumberInSection"/> counts from 1 within its section, the section's heading paragraph
/// first. Citations use the second with the section's number (（三）第2段, "section (3), paragraph 2"):
/// a count over an excerpt would mislead a reader holding the whole report.
/// <see cref="DocumentId"/> and <see cref="Id"/> make its address (/sources/{document}/#{id}).
/// </summary>
public sealed record Paragraph(
    string Id,
    string DocumentId,
    int Number,
    int NumberInSection,
    Theme Theme,
    Theme Section,
    string Heading,
    string Text,
    string Translation);
