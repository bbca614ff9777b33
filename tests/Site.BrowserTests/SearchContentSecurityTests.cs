using Microsoft.Playwright;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// Searching works under the site's Content-Security-Policy (served from netlify.toml): no violation is
/// reported while searching in both languages, falling back to the other language, filtering and paging,
/// Pagefind runs in its web worker (it warns when it has to fall back to the main thread), and the
/// keyboard alone gets from the box to a result.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class SearchContentSecurityTests(ServedSite site)
{
    [Theory]
    [InlineData("zh", "电梯", "elevators")]
    [InlineData("en", "parking", "加装电梯")]
    public async Task SearchingReportsNoContentSecurityPolicyViolation(string lang, string query, string otherLanguageQuery)
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Worker += (_, worker) => worker.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add($"worker console {m.Type}: {m.Text}");
            }
        };
        try
        {
            await CspViolations.RecordAsync(page.Context);
            var response = await page.GotoAsync($"/{lang}/search/");
            var policy = await response!.HeaderValueAsync("content-security-policy");
            Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", policy, StringComparison.Ordinal);

            var search = new SearchPage(page);
            Assert.NotEmpty(await search.SearchAsync(query));
            await page.SelectOptionAsync("#search-theme", "living-environment");
            await search.WaitForAsync(query);
            await page.SelectOptionAsync("#search-theme", string.Empty);
            await search.WaitForAsync(query);
            Assert.NotEmpty(await search.SearchAsync(otherLanguageQuery));
            if (await page.Locator("#search-more").IsVisibleAsync())
            {
                await page.ClickAsync("#search-more");
            }

            var violations = await CspViolations.ReadAsync(page);
            Assert.True(violations.Length == 0, "CSP violations:\n" + string.Join("\n", violations));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Contains(page.Workers, w => w.Url.Contains("/pagefind/", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void EachBundleShipsOnlyWhatTheSearchPageLoads(string lang)
    {
        var folder = Path.Combine(site.Output, "pagefind", lang);
        var files = Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("pagefind.js", files);
        Assert.Contains("pagefind-worker.js", files);
        // Pagefind's ready-made interfaces are deleted: search.js is the site's own.
        var unexpected = files.Where(f => !(f is "pagefind.js" or "pagefind-worker.js" or "pagefind-entry.json"
            || f!.EndsWith(".pf_meta", StringComparison.Ordinal)
            || (f.StartsWith("wasm.", StringComparison.Ordinal) && f.EndsWith(".pagefind", StringComparison.Ordinal)))).ToList();
        Assert.True(unexpected.Count == 0, "unused files in the bundle: " + string.Join(", ", unexpected));
        Assert.Equal(["filter", "fragment", "index"], Directory.EnumerateDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zh", "电梯")]
    [InlineData("en", "elevators")]
    public async Task TheKeyboardAloneSearchesAndReachesTheFirstResult(string lang, string query)
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync($"/{lang}/search/");
            Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.Equal("search-q", await page.GetAttributeAsync("label[for=search-q]", "for"));
            Assert.Equal("status", await page.GetAttributeAsync("#search-status", "role"));

            await page.Keyboard.TypeAsync(query);
            await page.Keyboard.PressAsync("Enter");
            var search = new SearchPage(page);
            await search.WaitForAsync(query);
            var results = await search.ResultsAsync();
            Assert.Contains(results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await search.StatusAsync(), StringComparison.Ordinal);

            // Box, button, theme filter, then the first result.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal(results[0].Url, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
            await Task.WhenAll(
                page.WaitForURLAsync($"**{results[0].Url}", new() { WaitUntil = WaitUntilState.Commit }),
                page.Keyboard.PressAsync("Enter"));
            Assert.EndsWith(results[0].Url, page.Url, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
