namespace Site.Core.Model;

/// <summary>
/// A unit as the report writes it. <see cref="Scale"/> is the power of ten the Chinese unit carries
/// (亿元 is 8); <see cref="En"/> is null for Chinese measure words, whose English noun each figure names.
/// </summary>
public sealed record Unit(string Id, string Zh, string? En, int Scale, UnitFormat Format, string Kind)
{
    public bool NeedsNoun => En is null;
}
