namespace Site.Bench;

/// <summary>Everything measured at one size N.</summary>
internal sealed record SizeResult(
    int Indicators,
    int Runs,
    PageBodies Bodies,
    Measure Build,
    Measure Check,
    Measure Hugo,
    Measure ParseCold,
    IReadOnlyList<double> ParseInProcess,
    Measure? BuildWithSearch,
    ServeResult? Serve)
{
    /// <summary>The search stage: the build with search minus the build without (medians).</summary>
    public double? SearchSeconds => BuildWithSearch is { Count: > 0 } search ? search.MedianSeconds - Build.MedianSeconds : null;
}
