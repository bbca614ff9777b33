using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Site.Bench;

/// <summary>
/// Measures one size N: writes the synthetic site and its Hugo twin, proves ours checks clean (no error,
/// no warning), builds both once untimed (warm file cache; page bodies compared), then times, run after
/// run, each in a cold process and a fresh output folder: our build (--no-search), Hugo's build, our
/// check, the YamlDotNet parse floor and our build with search. Interleaving puts both generators under
/// the same passing load of a shared machine; outputs are deleted and synced between runs so no run
/// pays for the previous one's writeback.
/// </summary>
internal sealed partial class Benchmark(BenchOptions options, string repository, string siteDll, string benchDll)
{
    public SizeResult Run(int count)
    {
        var folder = Path.Combine(options.Work, $"site-bench-{count}-{Guid.NewGuid().ToString("N")[..8]}");
        var ours = Path.Combine(folder, "site");
        var hugo = Path.Combine(folder, "hugo");
        var outputs = Path.Combine(folder, "out");
        try
        {
            var report = SyntheticReport.Create(count, SyntheticSite.SubThemes(repository));
            SyntheticSite.Write(repository, ours, report);
            HugoSite.Write(hugo, report);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== N = {count:N0}: {report.Indicators.Count:N0} indicators citing {report.Paragraphs.Count:N0} paragraphs, in {folder}"));
            CheckIsClean(ours);

            var oursOutput = Path.Combine(outputs, "warm-ours");
            var hugoOutput = Path.Combine(outputs, "warm-hugo");
            var oursPages = Pages(Ok(OurBuild(ours, oursOutput, search: false), "our build"), OurPagesLine(), "our build");
            var hugoPages = HugoPages(Ok(HugoBuild(hugo, hugoOutput), "Hugo's build"));
            var bodies = PageBodies.Measure(oursOutput, hugoOutput, report, oursPages, hugoPages);
            Clean(oursOutput, hugoOutput);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   pages: ours {oursPages:N0}, Hugo {hugoPages:N0}; indicator page text: ours {bodies.OursChars:N0} characters, Hugo {bodies.HugoChars:N0}"));

            var runs = options.RunsFor(count);
            var searchRuns = SearchAvailable() ? options.SearchRunsFor(count) : 0;
            var build = new Measure("build", oursPages);
            var check = new Measure("check", oursPages);
            var hugoBuild = new Measure("Hugo", hugoPages);
            var parse = new Measure("parse", 0);
            var parseInProcess = new List<double>();
            var withSearch = searchRuns > 0 ? new Measure("build with search", oursPages) : null;
            for (var run = 0; run < runs; run++)
            {
                var output = Path.Combine(outputs, $"run-{run}");
                build.Add(Timed(OurBuild(ours, output, search: false), "our build", output));
                hugoBuild.Add(Timed(HugoBuild(hugo, output), "Hugo's build", output));
                check.Add(Ok(Cli(ours, "check", "--root", ours, "--lang", "en"), "our check"));
                var floor = Ok(TimedProcess.Run("dotnet", [benchDll, ParseFloor.Command, ours], ours), "the parse floor");
                parse.Add(floor);
                parseInProcess.Add(ParseFloor.Seconds(floor.Output));
                if (run < searchRuns)
                {
                    withSearch!.Add(Timed(OurBuild(ours, output, search: true), "our build with search", output));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   run {run + 1}/{runs}: build {build.Samples[^1].Seconds:0.00} s, Hugo {hugoBuild.Samples[^1].Seconds:0.00} s, check {check.Samples[^1].Seconds:0.00} s, parse {parse.Samples[^1].Seconds:0.00} s{(run < searchRuns ? string.Create(CultureInfo.InvariantCulture, $", build with search {withSearch!.Samples[^1].Seconds:0.00} s") : string.Empty)}"));
            }

            ServeResult? serve = null;
            if (count == options.ServeSize && options.Edits + options.TemplateEdits > 0)
            {
                Console.WriteLine($"   serve: {options.Edits} label edits, {options.TemplateEdits} template edits{(options.ServeSearch ? string.Empty : " (--no-search)")}");
                serve = new ServeProbe(siteDll, ours, report, options.ServeSearch && SearchAvailable()).Run(options.Edits, options.TemplateEdits);
            }

            return new SizeResult(count, runs, bodies, build, check, hugoBuild, parse, parseInProcess, withSearch, serve);
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"   kept: {folder}");
            }
            else
            {
                Files.Delete(folder);
            }
        }
    }

    /// <summary>Builds with search need the pinned Pagefind in the repository's node_modules (scripts/bench.sh runs npm ci).</summary>
    public bool SearchAvailable() => Directory.Exists(Path.Combine(repository, "node_modules", "@pagefind"));

    // The benchmark times only a site that would publish: no error and no warning (a warning fails the
    // real site's tests too).
    private void CheckIsClean(string ours)
    {
        var result = Cli(ours, "check", "--root", ours, "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        if (result.ExitCode != 0 || diagnostics.GetArrayLength() > 0)
        {
            var first = diagnostics.EnumerateArray().Take(10).Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("line").GetInt32()}: {d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetProperty("en").GetString()}");
            throw new InvalidOperationException($"the synthetic site does not check clean ({diagnostics.GetArrayLength()} diagnostics):\n{string.Join('\n', first)}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   check: no error, no warning ({json.RootElement.GetProperty("figures").GetInt32():N0} figures verified)"));
    }

    private ProcessSample OurBuild(string root, string output, bool search) =>
        Cli(root, [.. (string[])["build", "--root", root, "--output", output, "--lang", "en"], .. search ? Array.Empty<string>() : ["--no-search"]]);

    // The README's framework-dependent CLI, started as a user starts it: `dotnet site.dll ...`.
    private ProcessSample Cli(string root, params string[] arguments) => TimedProcess.Run("dotnet", [siteDll, .. arguments], root);

    private static ProcessSample HugoBuild(string root, string output) => TimedProcess.Run("hugo", ["--source", root, "--destination", output], root);

    private static ProcessSample Timed(ProcessSample sample, string what, string output)
    {
        Ok(sample, what);
        Clean(output);
        return sample;
    }

    private static ProcessSample Ok(ProcessSample sample, string what) =>
        sample.ExitCode == 0 ? sample : throw new InvalidOperationException($"{what} failed (exit {sample.ExitCode}):\n{Tail(sample.Output)}");

    // Deleted and synced outside the timings, so the next run does not pay for this one's writeback.
    private static void Clean(params string[] folders)
    {
        foreach (var folder in folders)
        {
            Files.Delete(folder);
        }

        TimedProcess.Plain("sync");
    }

    private static int Pages(ProcessSample sample, Regex pattern, string what) =>
        pattern.Match(sample.Output) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{what} did not say how many pages it wrote:\n{Tail(sample.Output)}");

    // Hugo prints a table: "Pages            | 1003 | 1003" (one column per language).
    private static int HugoPages(ProcessSample sample) =>
        sample.Output.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("Pages", StringComparison.Ordinal) && l.Contains('|', StringComparison.Ordinal)) is { } line
            ? line.Split('|').Skip(1).Sum(cell => int.Parse(cell.Trim(), CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"Hugo did not print its page table:\n{Tail(sample.Output)}");

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(20));

    [GeneratedRegex(@"built (\d+) pages")]
    private static partial Regex OurPagesLine();
}
