using System.Collections.Immutable;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Resolving;

/// <summary>
/// What one resolve made that the next may reuse while the reference data stays the same: the documents
/// with their paragraphs, and each indicator as resolved from its input (with its place in the report's
/// order, which the next run changes only if it moved). `serve` passes it on after only indicator files
/// changed, so an edit resolves one indicator, not ten thousand.
/// </summary>
public sealed record Resolution(
    ImmutableArray<SourceDocument> Documents,
    Dictionary<ParagraphInput, Paragraph> Paragraphs,
    IReadOnlyDictionary<IndicatorInput, Indicator> Indicators);
