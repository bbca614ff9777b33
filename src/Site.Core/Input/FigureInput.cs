using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>
/// One figure as an indicator file writes it. <see cref="ValueText"/> is the number exactly as written
/// in the source (null for claims such as 全覆盖); <see cref="Value"/> is the same number as a decimal,
/// never a double. Unit, qualifier, basis and source are ids, resolved after validation. Its period is
/// its observation's.
/// </summary>
public sealed record FigureInput(
    LocalizedText Label,
    string? ValueText,
    decimal? Value,
    string UnitId,
    string? QualifierId,
    string? BasisId,
    LocalizedText? Scope,
    Noun? Noun,
    FigureRelation Relation,
    Stage Stage,
    CitationInput Source,
    FieldSpans Spans);
