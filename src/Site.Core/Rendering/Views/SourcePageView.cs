namespace Site.Core.Rendering.Views;

/// <summary>The source layout: a document's metadata and its paragraphs, every cited figure linked.</summary>
public sealed record SourcePageView(DocumentView Document, IReadOnlyList<ParagraphView> Paragraphs, CiteView Cite) : LayoutView;
