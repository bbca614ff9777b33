using System.Globalization;
using System.Text;

namespace Site.Bench;

/// <summary>
/// The results as Markdown: printed as they are (tables read well in a terminal) and written to
/// <c>--markdown PATH</c> for docs/benchmarks.md.
/// </summary>
internal static class MarkdownReport
{
    public static string Write(MachineInfo machine, string siteDll, bool search, IReadOnlyList<SizeResult> results)
    {
        var text = new StringBuilder();
        Line(text, $"### Machine and versions\n");
        Line(text, $"- Date: {machine.Date}; load average at the start: {machine.LoadAverage}");
        Line(text, $"- CPU: {machine.Cpu}, {machine.Cores} cores; memory {machine.Memory}; {machine.System}");
        Line(text, $"- .NET: {machine.DotnetRuntime} (SDK {machine.DotnetSdk}); our CLI: `dotnet {Relative(siteDll)}` (Release, framework-dependent)");
        Line(text, $"- Hugo: {machine.Hugo}");
        Line(text, $"- Runs: {string.Join(", ", results.Select(r => F($"{r.Runs} at N = {r.Indicators:N0}")))}; medians; ours and Hugo alternated run by run; each run a cold process and a fresh output folder{(search ? string.Empty : "; no build with search (Pagefind not installed: run `npm ci`)")}\n");
        foreach (var r in results.OrderBy(r => r.Indicators))
        {
            Size(text, r);
        }

        if (results.Count > 1)
        {
            GrowthTable(text, results);
        }

        foreach (var serve in results.Select(r => r.Serve).OfType<ServeResult>())
        {
            Serve(text, serve);
        }

        var reference = Targets.Reference(results);
        Line(text, $"### Targets (at N = {reference.Indicators:N0})\n");
        Line(text, $"| target | measured | result |\n| --- | --- | --- |");
        foreach (var check in Targets.Evaluate(results))
        {
            Line(text, $"| {check.Target} | {check.Measured} | **{check.Verdict}** |");
        }

        return text.ToString();
    }

    /// <summary>One size's table alone, printed as soon as it is measured (a long run may be stopped later).</summary>
    public static string ForSize(SizeResult r)
    {
        var text = new StringBuilder();
        Size(text, r);
        return text.ToString();
    }

    private static void Size(StringBuilder text, SizeResult r)
    {
        var b = r.Bodies;
        Line(text, $"### N = {r.Indicators:N0} ({(r.Runs == 1 ? "1 run each: single measurements" : F($"{r.Runs} runs each, medians"))})\n");
        Line(text, $"Pages: ours {b.OursPages:N0} (2 × {r.Indicators:N0} indicator pages, plus home, themes, the report, glossary, data, about, search and 404 in each language), Hugo {b.HugoPages:N0} (2 × {r.Indicators:N0} plus home and list pages). Indicator page text (mean of 40, tags removed): ours {b.OursChars:N0} characters, Hugo {b.HugoChars:N0}. Output: ours {b.OursMb:N0} MB, Hugo {b.HugoMb:N0} MB.\n");
        Line(text, $"| what | median wall time | pages/s | peak memory (max RSS) | runs |\n| --- | ---: | ---: | ---: | --- |");
        Row(text, "our build (`build --no-search`, cold process)", r.Build);
        Row(text, "Hugo build", r.Hugo);
        Row(text, "our check (`check`, cold process)", r.Check);
        Row(text, "YamlDotNet parse of the same files, cold process (floor for check)", r.ParseCold);
        Line(text, $"| YamlDotNet parse alone, in that process | {Measure.Median(r.ParseInProcess):0.000} s | | | {Runs(r.ParseInProcess)} |");
        if (r.BuildWithSearch is { } search)
        {
            Row(text, "our build with search (`build`, cold process)", search);
            Line(text, $"| search stage (build with search − build without) | {r.SearchSeconds:0.00} s | | | |");
        }

        var parse = r.ParseCold.MedianSeconds;
        Line(text, $"\nRatios: build / Hugo = **{r.Build.MedianSeconds / r.Hugo.MedianSeconds:0.00}** (target ≤ {Targets.BuildRatio:0.0#}); check / Hugo build = **{r.Check.MedianSeconds / r.Hugo.MedianSeconds:0.000}** (target ≤ {Targets.CheckRatio:0.0##}); check / parse floor (cold) = {r.Check.MedianSeconds / parse:0.0}; check / parse alone = {r.Check.MedianSeconds / Measure.Median(r.ParseInProcess):0}; Hugo pages/s / ours = {r.Hugo.PagesPerSecond / r.Build.PagesPerSecond:0.00}.\n");
    }

    private static void GrowthTable(StringBuilder text, IReadOnlyList<SizeResult> results)
    {
        Line(text, $"### Growth with N\n");
        Line(text, $"| N | our build | per 1,000 indicators | our check | Hugo build | parse floor (cold) |\n| ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results.OrderBy(r => r.Indicators))
        {
            Line(text, $"| {r.Indicators:N0} | {r.Build.MedianSeconds:0.00} s | {r.Build.MedianSeconds * 1000 / r.Indicators:0.00} s | {r.Check.MedianSeconds:0.00} s | {r.Hugo.MedianSeconds:0.00} s | {r.ParseCold.MedianSeconds:0.00} s |");
        }

        Line(text, $"\nMarginal cost per added indicator: build {Marginal(results, r => r.Build.MedianSeconds)}; check {Marginal(results, r => r.Check.MedianSeconds)}; Hugo {Marginal(results, r => r.Hugo.MedianSeconds)}.");
        Line(text, $"Log-log slope from the smallest to the largest N (1 = linear): build {Slope(results, r => r.Build.MedianSeconds)}, check {Slope(results, r => r.Check.MedianSeconds)}, Hugo {Slope(results, r => r.Hugo.MedianSeconds)}.\n");
    }

    private static void Serve(StringBuilder text, ServeResult s)
    {
        Line(text, $"### serve (N = {s.Indicators:N0}{(s.Search ? ", with search as editors start it" : ", --no-search")})\n");
        Line(text, $"| what | median | runs | rebuild time the CLI printed (median) |\n| --- | ---: | --- | ---: |");
        Line(text, $"| first build until it serves | {s.StartSeconds:0.00} s | 1 | |");
        Line(text, $"| one indicator's English label changed → its page served with the new label | {Measure.Median(s.EditSeconds) * 1000:0} ms | {Ms(s.EditSeconds)} | {Measure.Median(s.EditRebuildSeconds) * 1000:0} ms |");
        Line(text, $"| after that edit, the rest of the site up to date (every page and file it changed) | | {Ms(s.EditCompletionSeconds)} | {Measure.Median(s.EditCompletionSeconds) * 1000:0} ms |");
        Line(text, $"| a layout changed (theme/layouts/base.html) → a page served with it (a full rebuild) | {Measure.Median(s.TemplateSeconds) * 1000:0} ms | {Ms(s.TemplateSeconds)} | {Measure.Median(s.TemplateRebuildSeconds) * 1000:0} ms |");
        Line(text, $"\nThe server's peak memory (VmHWM): {s.PeakMb:0} MB.\n");
    }

    private static void Row(StringBuilder text, string what, Measure m) =>
        Line(text, $"| {what} | {m.MedianSeconds:0.00} s | {(m.Pages > 0 ? F($"{m.PagesPerSecond:N0}") : string.Empty)} | {m.PeakMb:0} MB | {Runs(m.Samples.Select(s => s.Seconds))} |");

    private static string Runs(IEnumerable<double> seconds) => string.Join(", ", seconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)));

    private static string Ms(IEnumerable<double> seconds) => string.Join(", ", seconds.Select(s => (s * 1000).ToString("0", CultureInfo.InvariantCulture)));

    private static string Marginal(IReadOnlyList<SizeResult> results, Func<SizeResult, double> seconds) =>
        string.Join(", ", Growth.Marginal(results, seconds).Select(m => F($"{m.From:N0}→{m.To:N0}: {m.MsPerIndicator:0.00} ms")));

    private static string Slope(IReadOnlyList<SizeResult> results, Func<SizeResult, double> seconds) =>
        Growth.Slope(results, seconds) is { } slope ? slope.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Relative(string path) => path.Contains("/src/", StringComparison.Ordinal) ? path[(path.IndexOf("/src/", StringComparison.Ordinal) + 1)..] : path;

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
