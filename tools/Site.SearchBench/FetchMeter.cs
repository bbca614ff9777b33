using Microsoft.Playwright;

namespace Site.SearchBench;

/// <summary>
/// Searches on a served site's search page in Chromium, as a reader would, and counts the bytes the
/// page and its Pagefind worker fetched from the Pagefind bundles. Each measurement starts from an empty
/// cache (a new browser context); "then" measures a second query in the same context (warm cache).
/// </summary>
internal sealed class FetchMeter(IBrowser browser, string baseUrl)
{
    public async Task<(QueryCost First, QueryCost Then)> MeasureAsync(string lang, string query, string then)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl });
        var fetched = new List<(string Path, long Bytes)>();
        var pending = new List<Task>();
        context.Response += (_, response) => pending.Add(Record(response, fetched));
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync($"/{lang}/search/?q={Uri.EscapeDataString(query)}");
            var first = await CostAsync(page, lang, query, fetched, pending);
            fetched.Clear();
            await page.FillAsync("#search-q", then);
            await page.PressAsync("#search-q", "Enter");
            var second = await CostAsync(page, lang, then, fetched, pending);
            return (first, second);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<QueryCost> CostAsync(IPage page, string lang, string query, List<(string Path, long Bytes)> fetched, List<Task> pending)
    {
        await page.WaitForFunctionAsync(
            "q => { const s = document.getElementById('search'); return s.dataset.state === 'error' || (s.dataset.state === 'done' && s.dataset.query === q); }",
            query,
            new() { Timeout = 60_000 });
        await Task.WhenAll(pending.ToArray());
        var results = await page.Locator("#search-results > li").CountAsync();
        var byKind = fetched
            .Where(f => f.Path.StartsWith("/pagefind/", StringComparison.Ordinal))
            .GroupBy(f => QueryCost.KindOf(f.Path))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(f => f.Bytes)));
        return new QueryCost(lang, query, results, byKind);
    }

    private static async Task Record(IResponse response, List<(string Path, long Bytes)> fetched)
    {
        try
        {
            var body = await response.BodyAsync();
            lock (fetched)
            {
                fetched.Add((new Uri(response.Url).AbsolutePath, body.Length));
            }
        }
        catch (PlaywrightException)
        {
            // A redirect or an aborted request has no body to count.
        }
    }
}
