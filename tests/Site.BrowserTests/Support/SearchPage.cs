using Microsoft.Playwright;

namespace Site.BrowserTests.Support;

/// <summary>One result as the search page lists it (settable: Playwright fills it from the page).</summary>
public sealed record SearchResult
{
    public string Url { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    /// <summary>The result's lang attribute: set only on results from the other language.</summary>
    public string? Lang { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Figure { get; set; }

    public string Excerpt { get; set; } = string.Empty;

    /// <summary>How many highlighted matches the excerpt has.</summary>
    public int Marks { get; set; }
}

/// <summary>
/// The search page driven as a reader drives it: type into the box, press Enter, read the list. A search
/// has finished when search.js marks <c>#search</c> with data-state="done" and the query it answered.
/// </summary>
public sealed class SearchPage(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<SearchPage> OpenAsync(ServedSite site, string lang, string query = "", int width = 1280)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync($"/{lang}/search/" + (query.Length > 0 ? "?q=" + Uri.EscapeDataString(query) : string.Empty));
        var search = new SearchPage(page);
        if (query.Length > 0)
        {
            await search.WaitForAsync(query);
        }

        return search;
    }

    /// <summary>Types <paramref name="query"/> key by key into an emptied box, presses Enter and waits for the results.</summary>
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(string query)
    {
        var box = Page.Locator("#search-q");
        await box.FillAsync(string.Empty);
        await box.PressSequentiallyAsync(query);
        await box.PressAsync("Enter");
        await WaitForAsync(query);
        return await ResultsAsync();
    }

    public async Task WaitForAsync(string query)
    {
        await Page.WaitForFunctionAsync(
            "q => { const s = document.getElementById('search'); return s.dataset.state === 'error' || (s.dataset.state === 'done' && s.dataset.query === q); }",
            query,
            new() { Timeout = 20_000 });
        var state = await Page.GetAttributeAsync("#search", "data-state");
        Assert.True(state == "done", $"the search for '{query}' failed: {await StatusAsync()}");
    }

    public Task<string> StatusAsync() => Page.Locator("#search-status").InnerTextAsync();

    public async Task<IReadOnlyList<SearchResult>> ResultsAsync() =>
        await Page.EvalOnSelectorAllAsync<SearchResult[]>("#search-results > li", """
            items => items.map(li => ({
              url: li.dataset.url,
              kind: li.dataset.kind,
              lang: li.getAttribute('lang'),
              title: li.querySelector('.search-result-title a').textContent,
              figure: li.querySelector('.search-result-figure')?.textContent ?? null,
              excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
              marks: li.querySelectorAll('.search-result-excerpt mark').length,
            }))
            """);

    /// <summary>The links of the glossary box, in order.</summary>
    public async Task<IReadOnlyList<string>> GlossaryAsync() =>
        await Page.EvalOnSelectorAllAsync<string[]>("#search-glossary:not([hidden]) li > a", "links => links.map(a => a.getAttribute('href'))");
}
