using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>The validation stage: runs every rule and collects all their diagnostics.</summary>
public static class Validate
{
    public static void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules.All)
        {
            rule.Check(site, diagnostics);
        }
    }
}
