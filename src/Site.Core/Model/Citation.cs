namespace Site.Core.Model;

/// <summary>
/// Where a figure comes from: a verbatim quote inside one paragraph of one document, with the ranges
/// validation proved: where the quote stands in the paragraph (once, exactly), and where the figure's
/// own words (<see cref="WrittenFigure"/>) stand in it.
/// </summary>
public sealed record Citation(
    SourceDocument Document,
    Paragraph Paragraph,
    string Quote,
    string Translation,
    TextRange QuoteRange,
    TextRange FigureRange);
