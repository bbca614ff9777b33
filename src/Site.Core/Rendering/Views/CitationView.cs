namespace Site.Core.Rendering.Views;

/// <summary>
/// The citation block of an indicator page: the document, the section, the paragraph with the cited
/// words marked, and its English rendering (null on Chinese pages).
/// </summary>
public sealed record CitationView(
    DocumentView Document,
    string SectionTitle,
    string ParagraphId,
    string ParagraphUrl,
    HtmlString ParagraphHtml,
    string? ParagraphTranslation,
    string Reference);
