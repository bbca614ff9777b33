using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>A correction as an indicator file writes it, with where each field was written.</summary>
public sealed record CorrectionInput(Correction Correction, FieldSpans Spans);
