namespace Site.Core.Rendering.Views;

/// <summary>
/// A paragraph of a source document: its anchor, its Chinese text as HTML (figures linked or quotes
/// marked, everything else escaped), its English rendering (on pages in a language other than the
/// report's; null on Chinese pages), and the indicators it cites.
/// </summary>
public sealed record ParagraphView(
    string Id,
    string Reference,
    string Heading,
    string ThemeTitle,
    string ThemeUrl,
    bool IsSection,
    HtmlString Html,
    string? Translation,
    IReadOnlyList<LinkView> Cited);
