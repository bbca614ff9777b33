using Microsoft.Playwright;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// Chromium loads every page of the site, served with netlify.toml's headers (CSP included), and sees
/// no CSP violation, no failed request, no console error and no request to any other origin. The
/// search pages are loaded with a query too, so Pagefind's script, WebAssembly and index files are
/// fetched under the same policy.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class HostingBrowserTests(ServedSite site)
{
    [Fact]
    public async Task EveryPageLoadsCleanlyUnderTheProductionHeadersAndNothingLeavesTheSite()
    {
        var paths = SitePages.All(site.Output)
            .Append("/en/no-such-page/")
            .Append("/zh/search/?q=" + Uri.EscapeDataString("电梯"))
            .Append("/en/search/?q=parking")
            .ToList();
        var page = await site.NewPageAsync(1280);
        await CspViolations.RecordAsync(page.Context);
        var origin = new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority);
        var problems = new List<string>();
        var current = "";
        var requests = 0;
        page.Request += (_, r) =>
        {
            requests++;
            if (r.Url.StartsWith("http", StringComparison.Ordinal) && !r.Url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                problems.Add($"{current}: request to another origin: {r.Url}");
            }
        };
        page.RequestFailed += (_, r) => problems.Add($"{current}: request failed: {r.Url} ({r.Failure})");
        page.Response += (_, r) =>
        {
            var expected404 = r.Request.IsNavigationRequest && current.Contains("no-such-page", StringComparison.Ordinal);
            if (r.Status >= 400 && !expected404)
            {
                problems.Add($"{current}: {r.Status} for {r.Url}");
            }
        };
        page.Console += (_, m) =>
        {
            var expected404 = current.Contains("no-such-page", StringComparison.Ordinal) && m.Text.Contains("404", StringComparison.Ordinal);
            if (m.Type is "error" or "warning" && !expected404)
            {
                problems.Add($"{current}: console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"{current}: script error: {e}");

        try
        {
            foreach (var path in paths)
            {
                current = path;
                var search = path.Contains("?q=", StringComparison.Ordinal);
                await page.GotoAsync(path, new() { WaitUntil = search ? WaitUntilState.NetworkIdle : WaitUntilState.Load });
                var violations = await CspViolations.ReadAsync(page);
                problems.AddRange(violations.Select(v => $"{path}: CSP violation: {v}"));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.True(requests >= paths.Count * 2, $"only {requests} requests seen for {paths.Count} pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }

    /// <summary>
    /// The host's policy allows WebAssembly for the search engine; every other page narrows it with its
    /// own policy to no script at all. Chromium must refuse both there, and allow WebAssembly on search.
    /// </summary>
    [Theory]
    [InlineData("/zh/", false)]
    [InlineData("/en/indicators/digital-economy-tax-revenue/", false)]
    [InlineData("/en/sources/changning-2024-work-report/", false)]
    [InlineData("/en/no-such-page/", false)]
    [InlineData("/", false)]
    [InlineData("/en/search/", true)]
    [InlineData("/zh/search/", true)]
    public async Task OnlyTheSearchPageMayRunScriptOrWebAssembly(string path, bool allowed)
    {
        var page = await site.NewPageAsync(1280);
        try
        {
            await CspViolations.RecordAsync(page.Context);
            await page.GotoAsync(path);
            // The smallest valid module: the magic number and version 1.
            var compiled = await page.EvaluateAsync<bool>("""
                () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => true, () => false)
                """);
            var scriptRan = await page.EvaluateAsync<bool>("""
                () => new Promise(resolve => {
                  const script = document.createElement('script');
                  script.src = 'data:text/javascript,window.__ran=1';
                  script.onload = () => resolve(window.__ran === 1);
                  script.onerror = () => resolve(false);
                  document.head.append(script);
                })
                """);
            Assert.Equal(allowed, compiled);
            // data: URLs are never allowed as script; on other pages the meta policy reports it too.
            Assert.False(scriptRan);
            var violations = await CspViolations.ReadAsync(page);
            Assert.Equal(!allowed, violations.Any(v => v.Contains("wasm-eval", StringComparison.Ordinal)));
            Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal) && v.Contains("data", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
