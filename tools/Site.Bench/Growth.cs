namespace Site.Bench;

/// <summary>
/// How build time grows with N. A cold process has a fixed cost (runtime start, templates), so growth is
/// judged on the marginal cost per indicator: linear when the cost per added indicator between the two
/// largest sizes is at most 1.25 times that between the two smallest. The log-log slope between the
/// smallest and largest size is given too (1 is linear, below 1 the fixed cost still dominates).
/// </summary>
internal static class Growth
{
    public const double Tolerance = 1.25;

    /// <summary>Milliseconds per added indicator between consecutive sizes.</summary>
    public static IReadOnlyList<(int From, int To, double MsPerIndicator)> Marginal(IReadOnlyList<SizeResult> results, Func<SizeResult, double> seconds)
    {
        var sorted = results.OrderBy(r => r.Indicators).ToList();
        return [.. sorted.Zip(sorted.Skip(1), (a, b) => (a.Indicators, b.Indicators, (seconds(b) - seconds(a)) * 1000 / (b.Indicators - a.Indicators)))];
    }

    /// <summary>The marginal cost at the largest sizes over that at the smallest; null with fewer than three sizes.</summary>
    public static double? Ratio(IReadOnlyList<SizeResult> results, Func<SizeResult, double> seconds)
    {
        var marginal = Marginal(results, seconds);
        return marginal.Count >= 2 ? marginal[^1].MsPerIndicator / marginal[0].MsPerIndicator : null;
    }

    public static double? Slope(IReadOnlyList<SizeResult> results, Func<SizeResult, double> seconds)
    {
        if (results.Count < 2)
        {
            return null;
        }

        var small = results.MinBy(r => r.Indicators)!;
        var large = results.MaxBy(r => r.Indicators)!;
        return Math.Log(seconds(large) / seconds(small)) / Math.Log((double)large.Indicators / small.Indicators);
    }
}
