using Microsoft.Playwright;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// axe-core finds nothing on any page type, in either language, at desktop and phone widths, in the
/// light and the dark colour scheme. Closed &lt;details&gt; are opened first so their content is checked
/// too. One page load per address: the width and the colour scheme change in place, as they would
/// when a reader resizes the window or switches the system theme.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class AccessibilityTests(ServedSite site)
{
    public static TheoryData<string> Pages() => [.. PageTypes.Paths()];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoViolationsAtBothWidthsInBothColourSchemes(string path)
    {
        var page = await site.NewPageAsync(1280);
        try
        {
            await page.GotoAsync(path);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var failures = await Axe.ViolationsEverywhereAsync(page);
            Assert.True(failures.Count == 0, $"{path}:\n" + string.Join("\n", failures));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
