using Microsoft.Playwright;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// The two-reports example (fictional) in Chromium: the real search engine finds the paragraphs of both
/// reports and an earlier observation's words; the pages only a multi-year site has (a series with a
/// change and a note, the list of reports, the fictional notice) pass axe at both widths in both colour
/// schemes and the Nu Html Checker.
/// </summary>
[Collection(ServedExampleGroup.Name)]
public sealed class ExampleBrowserTests(ServedExample site)
{
    [Theory]
    [InlineData("zh", "邻里客厅")]
    [InlineData("en", "neighbourhood living rooms")]
    public async Task SearchFindsTheParagraphsOfBothReports(string lang, string query)
    {
        var search = await SearchPage.OpenAsync(site, lang);
        try
        {
            var urls = (await search.SearchAsync(query)).Select(r => r.Url).ToList();
            Assert.Contains($"/{lang}/sources/example-2024-work-report/#p4", urls);
            Assert.Contains($"/{lang}/sources/example-2025-work-report/#p4", urls);
        }
        finally
        {
            await search.Page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("zh", "1200余家")]
    [InlineData("en", "more than 1,200 new enterprises")]
    public async Task SearchFindsAnIndicatorByTheWordsOfAnEarlierObservation(string lang, string query)
    {
        var search = await SearchPage.OpenAsync(site, lang);
        try
        {
            var results = await search.SearchAsync(query);
            Assert.Contains(results.Take(3), r => r.Url == $"/{lang}/indicators/new-enterprises/");
        }
        finally
        {
            await search.Page.Context.CloseAsync();
        }
    }

    private static readonly string[] Checked = ["/{0}/", "/{0}/sources/", "/{0}/indicators/lift-retrofits/", "/{0}/indicators/new-enterprises/"];

    public static TheoryData<string> Pages() =>
        [.. PageTypes.Languages.SelectMany(l => Checked.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p, l)))];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoViolationsOnTheSeriesAndSourcesPages(string path)
    {
        var page = await site.NewPageAsync(1280);
        try
        {
            await page.GotoAsync(path);
            var failures = await Axe.ViolationsEverywhereAsync(page);
            Assert.True(failures.Count == 0, $"{path}:\n" + string.Join("\n", failures));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task NuHtmlCheckerFindsNoErrorInTheExample()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(site.Output);
        Assert.True(errors.Length == 0, errors);
    }

    [Fact]
    public async Task TheSeriesTableFitsAPhoneWithoutSidewaysScrolling()
    {
        var page = await site.NewPageAsync(360);
        try
        {
            await page.GotoAsync("/en/indicators/lift-retrofits/");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px screen");
            Assert.True(await page.Locator("table.series").IsVisibleAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
