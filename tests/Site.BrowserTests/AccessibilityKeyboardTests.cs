using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// Keyboard-only use: the skip link is the first stop, shows itself and moves focus to the content;
/// every tab stop follows the reading order, is on screen when focused and shows a focus outline.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class AccessibilityKeyboardTests(ServedSite site)
{
    private const string Focused = """
        () => {
          const e = document.activeElement;
          const r = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          return JSON.stringify({
            tag: e.tagName.toLowerCase(), id: e.id, cls: e.className, text: (e.textContent || '').trim().slice(0, 30),
            visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
            outlined: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
            index: [...document.querySelectorAll('*')].indexOf(e),
          });
        }
        """;

    public static TheoryData<string, int> SkipLinkPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/zh/", "/en/indicators/digital-economy-tax-revenue/", "/en/search/", "/zh/no-such-page/" })
        {
            data.Add(path, 1280);
            data.Add(path, 360);
        }

        return data;
    }

    public static TheoryData<string, int> TabOrderPages() => new()
    {
        { "/zh/", 1280 },
        { "/en/indicators/digital-economy-tax-revenue/", 1280 },
        { "/en/indicators/digital-economy-tax-revenue/", 360 },
        { "/zh/indicators/elevator-retrofits/", 360 },
        { "/en/sources/changning-2024-work-report/", 1280 },
    };

    [Theory]
    [MemberData(nameof(SkipLinkPages))]
    public async Task TheSkipLinkComesFirstAndLeadsToTheContent(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        try
        {
            await page.GotoAsync(path);
            if (path.EndsWith("/search/", StringComparison.Ordinal))
            {
                // The search page puts the cursor in its query box, already past the navigation.
                Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
                return;
            }

            await page.Keyboard.PressAsync("Tab");
            var first = FocusedElement.Parse(await page.EvaluateAsync<string>(Focused));
            Assert.Equal("skip-link", first.Cls);
            Assert.True(first.Visible && first.Outlined, $"the focused skip link is not shown with an outline: {first}");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"), "the next stop after the skip link is not in the content");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TabOrderPages))]
    public async Task EveryTabStopIsInReadingOrderOnScreenAndOutlined(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        try
        {
            // Reduced motion: focus scrolls the page instantly, so "on screen" is measured where it ends.
            await page.EmulateMediaAsync(new() { ReducedMotion = Microsoft.Playwright.ReducedMotion.Reduce });
            await page.GotoAsync(path);
            Assert.Equal(0, await page.Locator("[tabindex]:not([tabindex='-1']):not([tabindex='0'])").CountAsync());
            await page.Locator(".skip-link").FocusAsync();
            var problems = new List<string>();
            var previous = FocusedElement.Parse(await page.EvaluateAsync<string>(Focused)).Index;
            var stops = 1;
            for (; stops < 500; stops++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = FocusedElement.Parse(await page.EvaluateAsync<string>(Focused));
                if (focused.Tag == "body" || focused.Index <= previous)
                {
                    // Back at the start: every stop has been visited once.
                    break;
                }

                if (!focused.Visible || !focused.Outlined)
                {
                    problems.Add($"stop {stops} is {(focused.Visible ? string.Empty : "off screen ")}{(focused.Outlined ? string.Empty : "without a focus outline")}: {focused}");
                }

                previous = focused.Index;
            }

            var expected = await page.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
                  .filter(e => !e.disabled && e.checkVisibility({ visibilityProperty: true })).length
                """);
            Assert.True(stops == expected, $"{stops} tab stops in reading order, but {expected} focusable elements on the page");
            Assert.True(stops > 5, $"only {stops} tab stops");
            Assert.True(problems.Count == 0, $"{path} at {width}px:\n" + string.Join("\n", problems));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private sealed record FocusedElement(string Tag, string Id, string Cls, string Text, bool Visible, bool Outlined, int Index)
    {
        private static readonly System.Text.Json.JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

        public static FocusedElement Parse(string json) => System.Text.Json.JsonSerializer.Deserialize<FocusedElement>(json, Options)!;
    }
}
