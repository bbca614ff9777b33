namespace Site.Bench;

/// <summary>A figure of an indicator: what it is, how the report writes it, and the words it cites.</summary>
internal sealed record SyntheticFigure(
    Phrase Label,
    string Value,
    string Unit,
    string? Qualifier,
    string? Basis,
    string? NounOne,
    string? NounOther,
    string Written,
    Phrase Quote);
