namespace Site.Core.Rendering.Views;

/// <summary>
/// A figure ready to show: label, the formatted figure split around its number with the separator the
/// language puts between the parts, the Chinese as written, the quote, its English rendering (on pages
/// in a language other than the report's; null on Chinese pages), and how it relates to its
/// observation's headline figure.
/// </summary>
public sealed record FigureView(
    string Label,
    string Before,
    string Number,
    string After,
    string Separator,
    string Text,
    string Written,
    string Quote,
    string? QuoteTranslation,
    string Relation,
    string Kind,
    string Direction,
    string SourceUrl);
