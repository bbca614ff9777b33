using Microsoft.Playwright;
using Site.Core.Hosting;
using Site.Core.Pipeline;
using Site.Core.Search;

namespace Site.BrowserTests.Support;

/// <summary>
/// The repository's real site, built once per test run (search index included) into a temporary
/// folder, served on 127.0.0.1 with the headers and redirects of netlify.toml, and a headless Chromium to browse it.
/// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH); nothing is downloaded.
/// </summary>
public class ServedSite : IAsyncLifetime, IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "site-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _root;
    private StaticServer? _server;
    private IPlaywright? _playwright;

    public ServedSite()
        : this(RepositoryRoot.Path)
    {
    }

    /// <summary>Another site than the repository's own, such as an example (served with the repository's netlify.toml).</summary>
    protected ServedSite(string root)
    {
        _root = root;
    }

    public string Output => _output;

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("not started");

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var result = BuildPipeline.Run(new BuildOptions(_root)
        {
            OutputPath = _output,
            Search = new PagefindIndexer(RepositoryRoot.Path),
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the site did not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
        }

        var config = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "netlify.toml")));
        _server = new StaticServer(_output, 0, () => config);
        _server.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh page at a width (1280 desktop, 360 phone), failing on nothing by itself.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _server?.Dispose();
        }
    }
}
