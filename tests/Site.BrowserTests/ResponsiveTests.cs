using Microsoft.Playwright;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// The layout holds from a 320 px screen up, works with JavaScript off (everything but search), prints
/// cleanly and follows the reader's motion preference.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class ResponsiveTests(ServedSite site)
{
    // The elements that stick out past the right edge, deepest first: what to fix when this fails.
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5 && e.children.length === 0)
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)} "${(e.textContent || '').trim().slice(0, 40)}"`);
        }
        """;

    [Fact]
    public async Task NoPageScrollsSidewaysOnA320PxScreen()
    {
        var page = await site.NewPageAsync(320);
        var wrong = new List<string>();
        try
        {
            foreach (var path in SitePages.All(site.Output))
            {
                await page.GotoAsync(path);
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                var overflow = await page.EvaluateAsync<string[]>(Overflow);
                if (overflow.Length > 0)
                {
                    wrong.Add($"{path}: wider than 320px: {string.Join("; ", overflow)}");
                }
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// On a phone the masthead shows the short site name, one name only (so a screen reader reads one),
    /// on at most two lines beside the language switch; on a desktop, the full name.
    /// </summary>
    [Theory]
    [InlineData("/en/", 320, "Changning Work Report Figures")]
    [InlineData("/en/", 360, "Changning Work Report Figures")]
    [InlineData("/zh/", 320, "长宁政府工作报告数值溯源")]
    [InlineData("/en/", 1280, "Changning Government Work Report Figures, Traced to Source")]
    [InlineData("/zh/", 1280, "长宁区政府工作报告数值溯源")]
    public async Task TheMastheadNameFitsThePhone(string path, int width, string name)
    {
        var page = await site.NewPageAsync(width);
        try
        {
            await page.GotoAsync(path);
            var brand = page.Locator(".masthead .brand");
            Assert.Equal(name, (await brand.InnerTextAsync()).Trim());
            Assert.Equal(1, await page.Locator(".masthead").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).CountAsync());
            var lines = await page.EvaluateAsync<double>("""
                () => {
                  const shown = [...document.querySelectorAll('.masthead .brand span')].find(s => s.offsetParent !== null);
                  return shown.getBoundingClientRect().height / parseFloat(getComputedStyle(shown).lineHeight);
                }
                """);
            Assert.True(lines < 2.5, $"the site name takes {lines:0.#} lines at {width}px");
            var overlap = await page.EvaluateAsync<bool>("""
                () => {
                  const a = [...document.querySelectorAll('.masthead .brand span')].find(s => s.offsetParent !== null).getBoundingClientRect();
                  const b = document.querySelector('.lang-switch a').getBoundingClientRect();
                  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                }
                """);
            Assert.False(overlap, "the site name runs under the language switch");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task EveryPageTypeWorksWithoutJavaScript()
    {
        var page = await site.NewPageAsync(360, javaScript: false);
        var wrong = new List<string>();
        try
        {
            foreach (var path in PageTypes.Paths())
            {
                await page.GotoAsync(path);
                if (!await page.Locator("h1").First.IsVisibleAsync())
                {
                    wrong.Add($"{path}: no visible h1");
                }

                if ((await page.Locator("main").InnerTextAsync()).Length < 50)
                {
                    wrong.Add($"{path}: main is (nearly) empty");
                }

                if (path.EndsWith("/search/", StringComparison.Ordinal))
                {
                    // Search needs JavaScript: the page says so, and offers browsing by theme instead.
                    if (!await page.Locator("main noscript p, main p:has-text('JavaScript')").First.IsVisibleAsync())
                    {
                        wrong.Add($"{path}: no word that search needs JavaScript");
                    }

                    if (!await page.Locator("main .theme-list a").First.IsVisibleAsync())
                    {
                        wrong.Add($"{path}: no theme links to browse instead of searching");
                    }
                }

                var details = page.Locator("main details").First;
                if (await details.CountAsync() > 0)
                {
                    await details.Locator("summary").ClickAsync();
                    if (!await details.EvaluateAsync<bool>("d => d.open"))
                    {
                        wrong.Add($"{path}: a <details> does not open without JavaScript");
                    }
                }
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task SmoothScrollingOnlyWhenTheReaderAllowsMotion()
    {
        var page = await site.NewPageAsync(1280);
        try
        {
            await page.GotoAsync("/en/sources/changning-2024-work-report/");
            await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
            Assert.Equal("auto", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
            var moving = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('*')].filter(e => {
                  const s = getComputedStyle(e);
                  return s.animationName !== 'none' || s.transitionDuration.split(',').some(d => parseFloat(d) > 0.01);
                }).slice(0, 5).map(e => e.tagName + '.' + e.className)
                """);
            Assert.Empty(moving);
            await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });
            Assert.Equal("smooth", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/zh/indicators/digital-economy-tax-revenue/")]
    [InlineData("/en/indicators/digital-economy-tax-revenue/")]
    public async Task PrintingLeavesOutNavigationAndKeepsTheCitation(string path)
    {
        var page = await site.NewPageAsync(1280);
        try
        {
            await page.GotoAsync(path);
            await page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Dark });
            foreach (var hidden in new[] { ".masthead", ".site-footer", ".breadcrumbs", ".pager", ".skip-link" })
            {
                Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
            }

            Assert.True(await page.Locator("blockquote.source-paragraph").IsVisibleAsync());
            Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));
            Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
