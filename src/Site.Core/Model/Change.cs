namespace Site.Core.Model;

/// <summary>
/// How an observation's headline figure moved since the previous period's. <see cref="Amount"/> is the
/// exact difference in <see cref="Unit"/> (signed by the qualifiers' directions: 下降3% counts as -3), and
/// is present only when <see cref="Note"/> is <see cref="ChangeNote.Computed"/>. Two percentages differ by
/// percentage points, so their change is in the points unit.
/// </summary>
public sealed record Change(Period Since, decimal? Amount, Unit Unit, Noun? Noun, ChangeNote Note);
