using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// `site serve` as an editor uses it, in headless Chromium: the open page reloads after a rebuild, shows
/// the diagnostics over the page when a rebuild fails (in the editor's language), and recovers when the
/// file is fixed; the preview's script runs under the site's own policies, widened for it alone, with
/// no violation. The real site is copied to a temporary folder, so the repository is never touched.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class PreviewBrowserTests(ServedSite site) : IDisposable
{
    private const string Indicator = "input/elevator-retrofits.yaml";
    private readonly string _root = Copy();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("en", "The rebuild failed: 1 problem", "does not occur in the quote")]
    [InlineData("zh", "重建失败：1 个问题", "没有出现在引文中")]
    public async Task ThePageFollowsEveryRebuildAndShowsWhatFailed(string language, string title, string message)
    {
        var port = FreePort();
        using var serve = Process.Start(Start(port, language))!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        serve.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        serve.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        var context = await site.Browser.NewContextAsync(new() { BaseURL = $"http://127.0.0.1:{port}" });
        try
        {
            await CspViolations.RecordAsync(context);
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            page.Console += (_, m) =>
            {
                if (m.Type == "error")
                {
                    errors.Add(m.Text);
                }
            };
            await Open(page, $"/{language}/indicators/elevator-retrofits/", () => string.Join("\n", output));
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.preview === 'connected'", null, new() { Timeout = 30_000 });

            // A good edit: the page reloads by itself and shows it.
            var original = File.ReadAllText(Path.Combine(_root, Indicator));
            Write(original.Replace("Lift installations completed in existing multi-storey housing", "Lifts completed, as edited", StringComparison.Ordinal)
                .Replace("  zh: 既有多层住宅加装电梯完工数\n", "  zh: 加装电梯完工（已修改）\n", StringComparison.Ordinal));
            await page.WaitForFunctionAsync(
                "edited => document.querySelector('h1')?.textContent.includes(edited)",
                language == "en" ? "Lifts completed, as edited" : "加装电梯完工（已修改）",
                new() { Timeout = 60_000 });

            // A broken edit: the last good page stays, with the errors over it.
            Write(original.Replace("value: 302", "value: 30", StringComparison.Ordinal));
            var panel = page.Locator("section.preview-errors[role=alert]");
            await panel.WaitForAsync(new() { Timeout = 60_000 });
            Assert.Equal(language == "zh" ? "zh-CN" : "en", await panel.GetAttributeAsync("lang"));
            Assert.Equal(title, await panel.Locator("h2").TextContentAsync());
            var text = await panel.Locator("pre").First.TextContentAsync();
            Assert.StartsWith($"{Indicator}:", text, StringComparison.Ordinal);
            Assert.Contains($"error SITE013: ", text, StringComparison.Ordinal);
            Assert.Contains(message, text, StringComparison.Ordinal);
            Assert.True(await page.Locator("h1").IsVisibleAsync());

            // Fixed: the page reloads and the panel is gone.
            Write(original);
            await page.WaitForFunctionAsync("() => !document.querySelector('section.preview-errors')", null, new() { Timeout = 60_000 });

            var violations = await CspViolations.ReadAsync(page);
            Assert.True(violations.Length == 0, "CSP violations:\n" + string.Join("\n", violations));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.DoesNotContain("__preview", File.ReadAllText(Path.Combine(_root, "output", language, "indicators", "elevator-retrofits", "index.html")), StringComparison.Ordinal);
        }
        finally
        {
            await context.CloseAsync();
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    // The first build may still be running: retry until the server answers.
    private static async Task Open(IPage page, string path, Func<string> serveOutput)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                var response = await page.GotoAsync(path);
                if (response?.Ok == true)
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} was not served in time; serve said:\n{serveOutput()}");
            await Task.Delay(300);
        }
    }

    private void Write(string text) => File.WriteAllText(Path.Combine(_root, Indicator), text);

    private ProcessStartInfo Start(int port, string language)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "site.dll"), "serve", "--root", _root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-search", "--lang", language })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    // The site's own files (not output/, node_modules/ or anything else) in a fresh folder.
    private static string Copy()
    {
        var root = Path.Combine(Path.GetTempPath(), "site-preview-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var folder in new[] { "input", "data", "theme" })
        {
            var from = Path.Combine(RepositoryRoot.Path, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(root, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        File.Copy(Path.Combine(RepositoryRoot.Path, "netlify.toml"), Path.Combine(root, "netlify.toml"));
        return root;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
