using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>The validation stage: runs every rule, collects all their diagnostics, and returns what they proved.</summary>
public static class Validate
{
    public static Proofs Run(SiteInput site, DiagnosticBag diagnostics) =>
        Run(new RuleContext(site, diagnostics, new ProofRecorder()));

    /// <summary>
    /// Checks a site that differs from one that passed (<paramref name="earlier"/> is what that check proved)
    /// only in its indicator files: the rules run on <paramref name="changed"/> indicators and on the Chinese
    /// texts of their files, and the rules that compare indicators on all of them. The reference data is
    /// the same, so it is not checked again; the proofs of the indicators that did not change are kept,
    /// those of <paramref name="replaced"/> (read before from the changed files) dropped.
    /// </summary>
    public static Proofs Changed(SiteInput site, ImmutableArray<IndicatorInput> changed, ImmutableArray<LocatedText> changedTexts, IEnumerable<IndicatorInput> replaced, Proofs earlier, DiagnosticBag diagnostics)
    {
        var proofs = new ProofRecorder(earlier, replaced.SelectMany(i => i.AllFigures));
        return Run(new RuleContext(site, diagnostics, proofs) { Indicators = changed, ChineseTexts = changedTexts, ChecksReferenceData = false });
    }

    private static Proofs Run(RuleContext context)
    {
        foreach (var rule in Rules.All)
        {
            rule.Check(context);
        }

        return context.Proofs.ToProofs();
    }
}
