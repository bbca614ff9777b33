using System.Globalization;

namespace Site.Core.Formatting;

/// <summary>
/// Writes quantities the way English readers expect: large amounts use "million" and "billion", and
/// thousands get separators. Chinese magnitudes (万, 亿) are converted by <see cref="Model.Unit.Quantity"/>
/// before a quantity gets here.
/// </summary>
public static class EnglishNumber
{
    private static readonly NumberFormatInfo Format = CultureInfo.InvariantCulture.NumberFormat;

    /// <summary>A quantity in English words and digits: 30600000000 is "30.6 billion", 11300 is "11,300".</summary>
    public static string Words(decimal quantity)
    {
        if (Math.Abs(quantity) >= 1_000_000_000m)
        {
            return Plain(quantity / 1_000_000_000m) + " billion";
        }

        // Round millions read naturally ("1.32 million"); below that, digits with separators ("11,300").
        if (Math.Abs(quantity) >= 1_000_000m)
        {
            return Plain(quantity / 1_000_000m) + " million";
        }

        return Plain(quantity);
    }

    /// <summary>Digits with thousands separators and no trailing zeros: 6100 is "6,100", 1.50 is "1.5".</summary>
    public static string Plain(decimal value) => value.ToString("#,##0.############################", Format);

    /// <summary>An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.</summary>
    public static string Ordinal(decimal value)
    {
        var n = (long)decimal.Truncate(value);
        var lastTwo = n % 100;
        var suffix = lastTwo is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
