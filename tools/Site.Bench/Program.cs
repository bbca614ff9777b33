using System.Globalization;
using Site.Bench;

// Build-speed benchmark: this generator's CLI against Hugo on the same synthetic content, each as a cold
// process, alternated run by run, medians; plus check, the YamlDotNet parse floor, the search stage,
// and serve's incremental rebuilds. docs/benchmarks.md explains what is measured and how;
// scripts/bench.sh is the one command that builds everything and runs it.
if (args.Length == 2 && args[0] == ParseFloor.Command)
{
    return ParseFloor.Child(args[1]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var repository = FindRepository();
var siteDll = options.SiteDll ?? Path.Combine(repository, "src", "Site.Cli", "bin", "Release", "net10.0", "site.dll");
var benchDll = typeof(ParseFloor).Assembly.Location;
foreach (var (path, how) in new[] { (siteDll, "dotnet build src/Site.Cli -c Release"), (TimedProcess.GnuTime, "apt-get install time") })
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"missing {path}: {how} (scripts/bench.sh does it)");
        return 1;
    }
}

var hugo = TimedProcess.Plain("hugo", "version");
if (hugo.ExitCode != 0)
{
    Console.Error.WriteLine("Hugo is not installed: apt-get install --no-install-recommends hugo (scripts/bench.sh does it)");
    return 1;
}

var machine = MachineInfo.Read(hugo.Output.Trim());
var benchmark = new Benchmark(options, repository, siteDll, benchDll);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Site.Bench: N = {string.Join(", ", options.Sizes.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))}; {machine.Cores} cores, {machine.Cpu}; {machine.DotnetRuntime}; {machine.Hugo}"));
if (!benchmark.SearchAvailable())
{
    Console.WriteLine("Pagefind is not installed (npm ci): builds with search are skipped, serve runs with --no-search");
}

var results = new List<SizeResult>();
foreach (var size in options.Sizes)
{
    results.Add(benchmark.Run(size));
    Console.WriteLine();
    Console.WriteLine(MarkdownReport.ForSize(results[^1]));
}

var markdown = MarkdownReport.Write(machine, siteDll, benchmark.SearchAvailable(), results);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Markdown is { } file)
{
    File.WriteAllText(file, markdown);
    Console.WriteLine($"written: {file}");
}

return 0;

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
}
