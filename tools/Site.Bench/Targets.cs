using System.Globalization;

namespace Site.Bench;

/// <summary>The issue's targets, set at N = 10,000 (at the size nearest to it when 10,000 was not run).</summary>
internal static class Targets
{
    public const int At = 10000;
    public const double BuildRatio = 0.7;
    public const double CheckRatio = 0.075;
    public const double MemoryMb = 400;
    public const double ServeSeconds = 0.100;

    public static SizeResult Reference(IReadOnlyList<SizeResult> results) => results.MinBy(r => Math.Abs(r.Indicators - At))!;

    public static IReadOnlyList<TargetCheck> Evaluate(IReadOnlyList<SizeResult> results)
    {
        var r = Reference(results);
        var build = r.Build.MedianSeconds / r.Hugo.MedianSeconds;
        var check = r.Check.MedianSeconds / r.Hugo.MedianSeconds;
        var growth = Growth.Ratio(results, s => s.Build.MedianSeconds);
        var serve = results.Select(s => s.Serve).FirstOrDefault(s => s is not null);
        return
        [
            new($"full build ≤ {BuildRatio:0.0#} × Hugo's time", F($"{build:0.00} × ({r.Build.MedianSeconds:0.00} s vs {r.Hugo.MedianSeconds:0.00} s)"), build <= BuildRatio),
            new($"check ≤ {CheckRatio:0.0##} × Hugo's build time", F($"{check:0.000} × ({r.Check.MedianSeconds:0.00} s vs {r.Hugo.MedianSeconds:0.00} s)"), check <= CheckRatio),
            new($"build peak memory ≤ {MemoryMb:0} MB", F($"{r.Build.PeakMb:0} MB"), r.Build.PeakMb <= MemoryMb),
            new($"check peak memory ≤ {MemoryMb:0} MB", F($"{r.Check.PeakMb:0} MB"), r.Check.PeakMb <= MemoryMb),
            new(
                F($"build time linear in N (marginal cost per indicator at the largest sizes ≤ {Growth.Tolerance:0.00} × at the smallest)"),
                growth is { } g ? F($"{g:0.00} × ({string.Join(", ", Growth.Marginal(results, s => s.Build.MedianSeconds).Select(m => F($"{m.From:N0}→{m.To:N0}: {m.MsPerIndicator:0.00} ms")))} per indicator)") : "needs three sizes",
                growth is { } h ? h <= Growth.Tolerance : null),
            new(
                F($"serve: a changed indicator served within {ServeSeconds * 1000:0} ms of the write (median)"),
                serve is null ? "not run" : F($"{Measure.Median(serve.EditSeconds) * 1000:0} ms at N = {serve.Indicators:N0}"),
                serve is null ? null : Measure.Median(serve.EditSeconds) <= ServeSeconds),
        ];
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
