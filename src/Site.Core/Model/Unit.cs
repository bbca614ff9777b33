namespace Site.Core.Model;

/// <summary>
/// A unit as the report writes it. <see cref="Scale"/> is the power of ten the Chinese unit carries
/// (亿元 is 8); <see cref="En"/> is null for Chinese measure words, whose English noun each figure names.
/// </summary>
public sealed record Unit(string Id, string Zh, string? En, int Scale, UnitFormat Format, string Kind)
{
    public bool NeedsNoun => En is null;

    /// <summary>
    /// A value in this unit, in the unit's base terms: 306 亿元 is 30,600,000,000 yuan, 1.13 万平方米 is
    /// 11,300 m². Exact decimal arithmetic, written without trailing zeros (11300, never 11300.00).
    /// </summary>
    public decimal Quantity(decimal value)
    {
        for (var i = 0; i < Scale; i++)
        {
            value *= 10m;
        }

        // Dividing by 1.000… drops trailing zeros and keeps the value exact.
        return value / 1.0000000000000000000000000000m;
    }
}
