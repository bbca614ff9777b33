namespace Site.Core.Model;

/// <summary>
/// One verified figure, its references resolved. <see cref="ValueText"/> is the number exactly as
/// written in the source (null for claims such as 全覆盖); <see cref="Value"/> is the same number as a
/// decimal, never a double.
/// </summary>
public sealed record Figure(
    LocalizedText Label,
    string? ValueText,
    decimal? Value,
    Unit Unit,
    Qualifier? Qualifier,
    Comparison? Basis,
    LocalizedText? Scope,
    Noun? Noun,
    FigureRelation Relation,
    Stage Stage,
    WrittenFigure Written,
    Citation Citation)
{
    /// <summary>The direction a qualifier gives (增长 up, 下降 down); values are never negative.</summary>
    public Direction Direction => Qualifier?.Direction ?? Direction.None;

    /// <summary>The value in the unit's base terms (306亿元 is 30,600,000,000 yuan), for numbers only.</summary>
    public decimal? Quantity => Value is { } value && Unit.Format is UnitFormat.Number ? Unit.Quantity(value) : null;

    /// <summary>Whether the value is a count, not a bound (余 "more than" and 超过 "over" make it a bound).</summary>
    public bool IsExact => Value is not null && Qualifier is not { Exact: false };

    /// <summary>The value with its direction's sign: 下降3% is -3. Null for claims.</summary>
    public decimal? SignedValue => Direction == Direction.Decrease ? -Value : Value;
}
