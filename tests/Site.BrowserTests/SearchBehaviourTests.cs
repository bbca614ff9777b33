using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// What the search page does for a reader, in Chromium against the served site: results in the page's
/// language linking to its pages, the other language's results when this one has none, narrowing by
/// theme, the query kept in the address, glossary names found in both languages, and the theme list
/// when JavaScript is off.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class SearchBehaviourTests(ServedSite site)
{
    [Theory]
    [InlineData("zh", "电梯")]
    [InlineData("en", "parking")]
    public async Task ResultsShowLabelFigureAndHighlightedSnippetAndLinkToSameLanguagePages(string lang, string query)
    {
        var search = await SearchPage.OpenAsync(site, lang);
        try
        {
            var results = await search.SearchAsync(query);
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.StartsWith($"/{lang}/", r.Url, StringComparison.Ordinal));
            Assert.All(results, r => Assert.Null(r.Lang));
            var indicator = results.First(r => r.Kind == "indicator");
            Assert.Matches($"^/{lang}/indicators/[a-z0-9-]+/$", indicator.Url);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Title));
            Assert.False(string.IsNullOrWhiteSpace(indicator.Figure));
            Assert.Contains(results, r => r.Marks > 0);

            var href = await search.Page.Locator("#search-results > li .search-result-title a").First.GetAttributeAsync("href");
            var response = await search.Page.GotoAsync(href!);
            Assert.Equal(200, response!.Status);
            Assert.Equal(lang == "zh" ? "zh-CN" : "en", await search.Page.GetAttributeAsync("html", "lang"));
        }
        finally
        {
            await search.Page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en", "加装电梯", "zh")]
    [InlineData("zh", "elevators", "en")]
    public async Task AQueryInTheOtherLanguageIsOfferedTheOtherLanguagesResults(string lang, string query, string other)
    {
        var search = await SearchPage.OpenAsync(site, lang);
        try
        {
            var results = await search.SearchAsync(query);
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.StartsWith($"/{other}/", r.Url, StringComparison.Ordinal));
            Assert.All(results, r => Assert.Equal(other == "zh" ? "zh-CN" : "en", r.Lang));
            Assert.Contains(results.Take(5), r => r.Url == $"/{other}/indicators/elevator-retrofits/");
            var link = search.Page.Locator("#search-status a");
            Assert.Equal($"/{other}/search/?q={Uri.EscapeDataString(query)}", await link.GetAttributeAsync("href"));
        }
        finally
        {
            await search.Page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("zh", "停车", "digital-transformation")]
    [InlineData("en", "parking", "digital-transformation")]
    public async Task TheThemeFilterNarrowsResultsToThatTheme(string lang, string query, string theme)
    {
        var answers = SearchAnswers.Load();
        var search = await SearchPage.OpenAsync(site, lang);
        try
        {
            var all = await search.SearchAsync(query);
            Assert.Contains(all, r => answers.ThemeOf(r.Url)?.Id != theme);
            Assert.Contains(all, r => answers.ThemeOf(r.Url)?.Id == theme);

            await search.Page.SelectOptionAsync("#search-theme", theme);
            await search.WaitForAsync(query);
            var narrowed = await search.ResultsAsync();
            Assert.NotEmpty(narrowed);
            Assert.True(narrowed.Count < all.Count, $"{narrowed.Count} results with the filter, {all.Count} without");
            Assert.All(narrowed, r => Assert.Equal(theme, answers.ThemeOf(r.Url)?.Id));
            Assert.Contains($"theme={theme}", search.Page.Url, StringComparison.Ordinal);

            await search.Page.SelectOptionAsync("#search-theme", "living-environment");
            await search.WaitForAsync(query);
            Assert.All(await search.ResultsAsync(), r => Assert.Equal("living-environment", answers.ThemeOf(r.Url)?.Id));
        }
        finally
        {
            await search.Page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("zh", "停车")]
    [InlineData("en", "parking")]
    public async Task TheQueryLivesInTheAddressSoHomeFormsAndSharedLinksShowResults(string lang, string query)
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync($"/{lang}/");
            await page.FillAsync("#home-q", query);
            await page.PressAsync("#home-q", "Enter");
            await page.WaitForURLAsync("**/search/?q=*");
            var search = new SearchPage(page);
            await search.WaitForAsync(query);
            Assert.NotEmpty(await search.ResultsAsync());
            Assert.Equal(query, await page.InputValueAsync("#search-q"));
            Assert.Contains(query, await search.StatusAsync(), StringComparison.Ordinal);

            await search.SearchAsync(lang == "zh" ? "电梯" : "elevators");
            Assert.EndsWith("?q=" + Uri.EscapeDataString(lang == "zh" ? "电梯" : "elevators"), page.Url, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task GlossaryNamesAreFoundInBothLanguages()
    {
        var answers = SearchAnswers.Load();
        var missing = new List<string>();
        foreach (var lang in new[] { "zh", "en" })
        {
            var search = await SearchPage.OpenAsync(site, lang);
            try
            {
                foreach (var entry in answers.Glossary)
                {
                    var name = lang == "zh" ? entry.Term : entry.En;
                    var results = await search.SearchAsync(name);
                    var glossary = await search.GlossaryAsync();
                    if (!glossary.Contains($"/{lang}/glossary/#{entry.Id}"))
                    {
                        missing.Add($"{lang} '{name}': not in the glossary box ({string.Join(" ", glossary)})");
                    }

                    if (results.Count == 0)
                    {
                        missing.Add($"{lang} '{name}': no indicator or report paragraph");
                    }
                }
            }
            finally
            {
                await search.Page.Context.CloseAsync();
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task WithoutJavaScriptTheSearchPageOffersEveryThemeInstead(string lang)
    {
        var page = await site.NewPageAsync(javaScript: false);
        try
        {
            await page.GotoAsync($"/{lang}/search/?q=x");
            var themes = await page.EvalOnSelectorAllAsync<string[]>(".browse .theme-list a", "links => links.map(a => a.getAttribute('href'))");
            Assert.Contains($"/{lang}/themes/innovation/", themes);
            Assert.Contains($"/{lang}/themes/living-environment/", themes);
            Assert.Equal(12, themes.Length);
            Assert.True(await page.Locator(".browse").IsVisibleAsync());
            Assert.False(await page.Locator(".search-filter").IsVisibleAsync());
            Assert.False(await page.Locator("#search-output").IsVisibleAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
