using System.Globalization;

namespace Site.Core.Citing;

/// <summary>A date as GB/T 7714, BibTeX and CSL want it: YYYY-MM-DD (ISO 8601), whatever the culture.</summary>
internal static class IsoDate
{
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
