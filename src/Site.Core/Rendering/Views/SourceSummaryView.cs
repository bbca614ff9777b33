namespace Site.Core.Rendering.Views;

/// <summary>A source document on the list of sources: its metadata, its paragraphs and the indicators citing it.</summary>
public sealed record SourceSummaryView(DocumentView Document, int ParagraphCount, int IndicatorCount);
