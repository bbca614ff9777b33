using Microsoft.Playwright;

namespace Site.BrowserTests.Support;

/// <summary>
/// Records the Content-Security-Policy violations a page reports. The listener is added through the
/// DevTools protocol before any page script runs, so the policy under test is not loosened for it.
/// </summary>
public static class CspViolations
{
    private const string Listener = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    /// <summary>Records violations in every page the context opens from now on.</summary>
    public static Task RecordAsync(IBrowserContext context) => context.AddInitScriptAsync(Listener);

    /// <summary>The current document's violations, one line each: directive, what was blocked, where.</summary>
    public static Task<string[]> ReadAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
}
