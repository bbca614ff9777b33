using System.Text.Json;
using Microsoft.Playwright;

namespace Site.BrowserTests.Support;

/// <summary>
/// Runs the pinned axe-core (node_modules/axe-core, see package.json) in a page. The script is
/// evaluated through the DevTools protocol, so the page's own CSP stays in force and is not weakened
/// for the test. Every rule axe enables by default runs (WCAG 2.0 to 2.2 A and AA, and best practices).
/// </summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js"));

    /// <summary>Every violation as one readable line: rule, impact, element and what is wrong.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script);
        }

        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations.flatMap(v => v.nodes.map(n =>
                `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }

    /// <summary>
    /// Every violation at a desktop and a phone width, in the light and the dark colour scheme, each line
    /// prefixed with where it was found. The width and scheme change in place, as when a reader resizes
    /// the window or switches the system theme: one page load.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsEverywhereAsync(IPage page)
    {
        var failures = new List<string>();
        foreach (var width in new[] { 1280, 360 })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                failures.AddRange((await ViolationsAsync(page)).Select(v => $"{width}px {scheme}: {v}"));
            }
        }

        return failures;
    }
}
