using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>The validation stage: runs every rule, collects all their diagnostics, and returns what they proved.</summary>
public static class Validate
{
    public static Proofs Run(SiteInput site, DiagnosticBag diagnostics)
    {
        var context = new RuleContext(site, diagnostics, new ProofRecorder());
        foreach (var rule in Rules.All)
        {
            rule.Check(context);
        }

        return context.Proofs.ToProofs();
    }
}
