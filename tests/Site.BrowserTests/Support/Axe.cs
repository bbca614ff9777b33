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
}
