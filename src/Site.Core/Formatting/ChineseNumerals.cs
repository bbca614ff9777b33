namespace Site.Core.Formatting;

/// <summary>Chinese numerals as ranks are written in the report: 第一, 第二, 第十二.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Writes 1 to 99 in Chinese numerals; null for anything else.</summary>
    public static string? Write(decimal value)
    {
        if (value != decimal.Truncate(value) || value is < 1 or > 99)
        {
            return null;
        }

        var n = (int)value;
        if (n < 10)
        {
            return Digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (ones == 0 ? string.Empty : Digits[ones].ToString());
    }
}
