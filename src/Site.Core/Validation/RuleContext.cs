using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>
/// What a rule reads (the input), where it reports (the bag), and where it records what it proved; and
/// what it is to check. A full check covers everything. `serve`, after only indicator files changed since
/// a check that passed, narrows it: the rules check the changed indicators and their texts, the reference
/// data was checked then. What one indicator is told by a rule that compares indicators
/// (<see cref="IndicatorIdsAreUnique"/>, <see cref="FiguresAreCitedOnce"/>) depends on the others, so those
/// read <see cref="SiteInput.Indicators"/>, every one, however narrow the check.
/// </summary>
public sealed record RuleContext(SiteInput Site, DiagnosticBag Diagnostics, ProofRecorder Proofs)
{
    /// <summary>The indicators whose own rules run: every one, or the changed ones.</summary>
    public ImmutableArray<IndicatorInput> Indicators { get; init; } = Site.Indicators;

    /// <summary>The Chinese texts the site writes to check: every one, or the changed files' texts.</summary>
    public ImmutableArray<LocatedText> ChineseTexts { get; init; } = Site.ChineseTexts;

    /// <summary>Whether the reference data (reports, glossary, interface strings) is checked too.</summary>
    public bool ChecksReferenceData { get; init; } = true;

    /// <summary>The reports whose paragraphs are checked: every one, or none when the reference data is not.</summary>
    public ImmutableArray<DocumentInput> ReferenceDocuments => ChecksReferenceData ? Site.Documents : [];
}
