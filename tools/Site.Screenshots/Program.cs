using Microsoft.Playwright;
using Site.Core.Hosting;
using Site.Core.Pipeline;
using Site.Core.Search;
using Site.Screenshots;

// Screenshots of the main pages, both languages, desktop and phone widths, for people to look at.
// Usage: dotnet run --project tools/Site.Screenshots -- [--out DIR] [--only TEXT] [--example]
//   --out      where the PNGs go (default: screenshots/ in the repository, which git ignores)
//   --only     take only the shots whose file name contains TEXT (e.g. "en-indicator")
//   --example  shoot the two-reports example (examples/two-reports) instead: series, notes, the list of reports
// The site is built into a temporary folder (search index included) and served on 127.0.0.1 with the
// headers and redirects of netlify.toml, as the browser tests do. Chromium is Debian's (or CHROMIUM_PATH).
var root = FindRoot();
var outDir = Path.Combine(root, "screenshots");
string? only = null;
var example = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            outDir = Path.GetFullPath(args[++i]);
            break;
        case "--only" when i + 1 < args.Length:
            only = args[++i];
            break;
        case "--example":
            example = true;
            break;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]}\nusage: screenshots [--out DIR] [--only TEXT] [--example]");
            return 2;
    }
}

var site = Path.Combine(Path.GetTempPath(), "site-screenshots-" + Guid.NewGuid().ToString("N")[..12]);
try
{
    var siteRoot = example ? Path.Combine(root, "examples", "two-reports") : root;
    var result = BuildPipeline.Run(new BuildOptions(siteRoot) { OutputPath = site, Search = new PagefindIndexer(root) });
    if (!result.Succeeded)
    {
        Console.Error.WriteLine("the site did not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
        return 1;
    }

    var config = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(root, "netlify.toml")));
    using var server = new StaticServer(site, 0, () => config);
    server.Start();
    Directory.CreateDirectory(outDir);

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
    });

    var shots = (example ? ShotList.Example() : ShotList.All()).Where(s => only is null || s.FileName.Contains(only, StringComparison.Ordinal)).ToList();
    foreach (var shot in shots)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = shot.Width, Height = shot.Width >= 1000 ? 900 : 780 },
            DeviceScaleFactor = 1,
            ColorScheme = shot.Scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
            BaseURL = server.BaseUrl,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(shot.Path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var file = Path.Combine(outDir, shot.FileName);
        await page.ScreenshotAsync(new() { Path = file, FullPage = !shot.ViewportOnly });
        await context.CloseAsync();
        Console.WriteLine($"{Path.GetRelativePath(root, file)}  {shot.Path}");
    }

    return 0;
}
finally
{
    if (Directory.Exists(site))
    {
        Directory.Delete(site, recursive: true);
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run this from inside the repository (Site.sln not found)");
}
