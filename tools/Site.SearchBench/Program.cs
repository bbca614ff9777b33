using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Site.Core.Hosting;
using Site.Core.Pipeline;
using Site.Core.Search;
using Site.SearchBench;

// Search at scale: how much of the index a query downloads, on the real site and on the real site plus
// N synthetic indicators (default 10,000), measured in Chromium on the served site. Not a test: it
// takes minutes and its numbers are for reading. Usage:
//   dotnet run -c Release --project tools/Site.SearchBench -- [N] [--keep]
var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
var repository = FindRepository();
var work = Path.Combine(Path.GetTempPath(), "site-searchbench-" + Guid.NewGuid().ToString("N")[..8]);
var synthetic = Path.Combine(work, "root");
SyntheticIndicators.Write(repository, synthetic, count, seed: 2024);

var sites = new List<(string Name, string Output)>();
foreach (var (name, root) in new[] { ("real site", repository), ($"real + {count:N0} synthetic", synthetic) })
{
    var output = Path.Combine(work, name.Replace(' ', '-').Replace(",", string.Empty, StringComparison.Ordinal));
    var clock = Stopwatch.StartNew();
    var result = BuildPipeline.Run(new BuildOptions(root) { OutputPath = output, Search = new PagefindIndexer(repository) });
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(string.Join("\n", result.Diagnostics.Take(20).Select(d => d.FirstLine)));
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Site!.Indicators.Length:N0} indicators, {result.PageCount:N0} pages, built with its search index in {clock.Elapsed.TotalSeconds:0.0} s"));
    foreach (var lang in new[] { "zh", "en" })
    {
        var bundle = Path.Combine(output, "pagefind", lang);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pagefind/{lang}/: {Size(bundle):N0} bytes in {Directory.GetFiles(bundle, "*", SearchOption.AllDirectories).Length:N0} files (index/ {Size(Path.Combine(bundle, "index")):N0}, fragment/ {Size(Path.Combine(bundle, "fragment")):N0})"));
    }

    sites.Add((name, output));
}

var queries = new (string Lang, string Query, string Then)[]
{
    ("zh", "电梯", "停车"),
    ("zh", "数字经济", "社区食堂"),
    ("zh", "项目投入", "一网通办"),
    ("en", "elevators", "parking"),
    ("en", "digital economy", "community canteens"),
    ("en", "projects", "Government Online-Offline Shanghai"),
};

using var playwright = await Playwright.CreateAsync();
var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
});
var config = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(repository, "netlify.toml")));
Console.WriteLine();
Console.WriteLine("bytes fetched from /pagefind/ by one search (empty cache), then by a second search on the same page:");
Console.WriteLine("site | query | results | total | scripts+wasm | entry+meta | index chunks | filters | fragments | second query");
foreach (var (name, output) in sites)
{
    using var server = new StaticServer(output, 0, () => config);
    server.Start();
    var meter = new FetchMeter(browser, server.BaseUrl);
    foreach (var (lang, query, then) in queries)
    {
        var (first, second) = await meter.MeasureAsync(lang, query, then);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} | {lang} {query} | {first.Results} | {first.Total:N0} | {Part(first, "script", "wasm")} | {Part(first, "meta")} | {Part(first, "index")} | {Part(first, "filter")} | {Part(first, "fragment")} | {then}: {second.Total:N0} ({Part(second, "index")} index, {Part(second, "fragment")} fragments)"));
    }
}

await browser.CloseAsync();
if (args.Contains("--keep"))
{
    Console.WriteLine($"kept: {work}");
}
else
{
    Directory.Delete(work, recursive: true);
}

return 0;

static string Part(QueryCost cost, params string[] kinds)
{
    var files = kinds.Sum(k => cost.ByKind.TryGetValue(k, out var v) ? v.Files : 0);
    var bytes = kinds.Sum(k => cost.ByKind.TryGetValue(k, out var v) ? v.Bytes : 0);
    return string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} ({files})");
}

static long Size(string folder) =>
    Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

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
