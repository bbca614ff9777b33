namespace Site.Core.Rendering.Views;

/// <summary>
/// A figure ready to show: label, the formatted figure split around its number, the Chinese as written,
/// the quote and its English rendering, and how it relates to the indicator's headline figure.
/// </summary>
public sealed record FigureView(
    string Label,
    string Before,
    string Number,
    string After,
    string Text,
    string Written,
    string Quote,
    string QuoteTranslation,
    string Period,
    string Relation,
    string Kind,
    string Direction,
    string SourceUrl);
