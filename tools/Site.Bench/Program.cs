using System.Diagnostics;
using System.Globalization;
using Site.Bench;
using Site.Core.Pipeline;

// Build-speed benchmark: this generator against Hugo (the reference for static-site speed), on the
// same synthetic content, measured in the same run and reported as ratios (machines here are shared and
// noisy, so absolute times mean little). Usage: dotnet run -c Release --project tools/Site.Bench -- [N] [runs]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var repository = FindRepository();
var work = Path.Combine(Path.GetTempPath(), "site-bench-" + Guid.NewGuid().ToString("N")[..8]);
var ours = Path.Combine(work, "ours");
var hugo = Path.Combine(work, "hugo");
SyntheticSite.WriteOurs(repository, ours, count);
SyntheticSite.WriteHugo(hugo, count);
var hugoAvailable = Run("hugo", ["version"], hugo, out var hugoVersion) == 0;
Console.WriteLine($"{count} indicators: {count * 2} indicator pages + theme/home/source pages; {runs} runs each, median. Hugo: {(hugoAvailable ? hugoVersion.Trim() : "not installed (apt-get install --no-install-recommends hugo)")}");

// Warm up the JIT once so the in-process figure measures the pipeline, not the runtime's start.
var warm = BuildPipeline.Run(new BuildOptions(ours) { OutputPath = Path.Combine(work, "warm") });
if (!warm.Succeeded)
{
    Console.Error.WriteLine(string.Join("\n", warm.Diagnostics.Take(10).Select(d => d.FirstLine)));
    return 1;
}

var pages = warm.PageCount;
var inProcess = new List<double>();
var cli = new List<double>();
var reference = new List<double>();
var siteDll = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Site.Cli", "bin", "Release", "net10.0", "site.dll");
for (var run = 0; run < runs; run++)
{
    // Each run writes a fresh folder: deleting the previous output right before timing skews results.
    inProcess.Add(Time(() => BuildPipeline.Run(new BuildOptions(ours) { OutputPath = Path.Combine(work, $"in-{run}") })));
    if (File.Exists(siteDll))
    {
        cli.Add(Time(() => Run("dotnet", ["exec", siteDll, "build", "--root", ours, "--no-search", "--output", Path.Combine(work, $"cli-{run}")], ours, out _)));
    }

    if (hugoAvailable)
    {
        reference.Add(Time(() => Run("hugo", ["--quiet", "-d", Path.Combine(work, $"hugo-{run}")], hugo, out _)));
    }
}

Report("this generator, in process (warm)", inProcess, pages);
if (cli.Count > 0)
{
    Report("this generator, CLI process (cold start, Release)", cli, pages);
}

if (reference.Count > 0)
{
    Report("Hugo (reference)", reference, count * 2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio, in process / Hugo: {Median(inProcess) / Median(reference):0.00}x the time, for {pages / (double)(count * 2):0.00}x the pages"));
    if (cli.Count > 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio, CLI process / Hugo: {Median(cli) / Median(reference):0.00}x the time"));
    }
}

if (args.Contains("--keep"))
{
    Console.WriteLine($"kept: {work}");
}
else
{
    Directory.Delete(work, recursive: true);
}

return 0;

static double Time(Action action)
{
    var stopwatch = Stopwatch.StartNew();
    action();
    return stopwatch.Elapsed.TotalSeconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static void Report(string name, List<double> seconds, int pages) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {Median(seconds):0.000} s for {pages} pages ({pages / Median(seconds):0} pages/s); runs: {string.Join(", ", seconds.Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))}"));

static int Run(string file, string[] arguments, string directory, out string output)
{
    var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    try
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        output = stdout.Result + stderr.Result;
        return process.ExitCode;
    }
    catch (System.ComponentModel.Win32Exception e)
    {
        output = e.Message;
        return -1;
    }
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Site.sln not found");
}
