using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// Every indicator page stays light: its HTML plus the stylesheets and scripts it loads come to less
/// than 50 KB uncompressed (search's scripts and index, loaded only on the search page, excluded).
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class BudgetTests(ServedSite site)
{
    private const int Budget = 50_000;

    [Fact]
    public void EveryIndicatorPageWithItsCssAndJsIsUnder50KB()
    {
        var built = BuiltPages.Load(site.Output);
        var weights = new List<(string Path, long Bytes)>();
        foreach (var (path, page) in built.Pages.Where(p => p.Key.Contains("/indicators/", StringComparison.Ordinal)))
        {
            var resources = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => !u.StartsWith("/pagefind/", StringComparison.Ordinal) && !u.Contains("search", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Assert.All(resources, r => Assert.StartsWith("/", r, StringComparison.Ordinal));
            var bytes = new FileInfo(SitePages.FileFor(site.Output, path)).Length + resources.Sum(r => new FileInfo(SitePages.FileFor(site.Output, r)).Length);
            weights.Add((path, bytes));
        }

        Assert.True(weights.Count >= 2, "no indicator pages found");
        var over = weights.Where(w => w.Bytes >= Budget).Select(w => $"{w.Path}: {w.Bytes:N0} bytes").ToList();
        Assert.True(over.Count == 0, $"over {Budget:N0} bytes:\n" + string.Join("\n", over));
    }
}
