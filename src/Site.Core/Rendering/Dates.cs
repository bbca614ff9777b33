using System.Globalization;
using Site.Core.Model;

namespace Site.Core.Rendering;

/// <summary>Dates as each language writes them: 2024年1月16日, 16 January 2024.</summary>
public static class Dates
{
    public static string Format(DateOnly date, Language language) =>
        language.Code == "zh"
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
