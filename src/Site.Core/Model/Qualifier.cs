namespace Site.Core.Model;

/// <summary>
/// A word next to a number that changes its meaning: 余, 超过, 达, 增长, 下降. A qualifier that is not
/// <see cref="Exact"/> (余 "more than", 超过 "over") makes its value a bound, not a count: nothing is
/// subtracted from it.
/// </summary>
public sealed record Qualifier(string Id, string Zh, string En, QualifierPosition Position, Direction Direction)
{
    public bool Exact { get; init; } = true;
}
