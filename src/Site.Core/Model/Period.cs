using System.Globalization;

namespace Site.Core.Model;

/// <summary>
/// The period an observation describes, typed and ordered. Today a calendar year, written <c>2023</c>
/// (its ISO 8601 form). Further kinds fit the same shape: a quarter (<c>2024-Q2</c>) or a range of years
/// (<c>2021/2023</c>) would each have their start and end days, order by start then end, and be written
/// per language by <see cref="Formatting.Wording.FormatPeriod"/> (docs/data.md).
/// </summary>
public sealed record Period(int Year) : IComparable<Period>
{
    public DateOnly Start => new(Year, 1, 1);

    public DateOnly End => new(Year, 12, 31);

    /// <summary>The ISO 8601 form, as data files and open data write it: 2023.</summary>
    public string Iso => Year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>A period as an indicator file writes it, or null when it is not one.</summary>
    public static Period? Parse(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is >= 1900 and <= 2200 and var year
            ? new Period(year)
            : null;

    public int CompareTo(Period? other) =>
        other is null ? 1 : Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Iso;
}
