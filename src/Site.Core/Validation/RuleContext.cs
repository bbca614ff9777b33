using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>What a rule reads (the input), where it reports (the bag), and where it records what it proved.</summary>
public sealed record RuleContext(SiteInput Site, DiagnosticBag Diagnostics, ProofRecorder Proofs);
