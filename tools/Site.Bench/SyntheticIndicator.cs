namespace Site.Bench;

/// <summary>An indicator of the synthetic site: a headline figure and, for half of them, a growth rate.</summary>
internal sealed record SyntheticIndicator(
    string Id,
    string Theme,
    SyntheticParagraph Paragraph,
    bool Featured,
    Phrase Label,
    Phrase Description,
    SyntheticFigure Headline,
    SyntheticFigure? Growth);
