using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// How a figure is written in the report, built from its data. One definition, used by validation (the
/// text it must find in the quote), by Chinese pages (what they show) and by source pages (what they
/// link), so what is verified is exactly what is shown.
/// </summary>
public static class WrittenForm
{
    /// <summary>
    /// The figure as written: <c>[scope][qualifier before][value][qualifier after][unit]</c>, e.g. 6100余家,
    /// 超过95%, 下降3%; ranks as <c>[scope]第[numeral]</c> (全市第一); claims as <c>[scope][unit]</c>. Null when
    /// the figure's shape does not fit its unit (validation reports it).
    /// </summary>
    public static WrittenFigure? Of(string? valueText, decimal? value, Unit unit, Qualifier? qualifier, LocalizedText? scope)
    {
        var scopeText = scope?.Zh ?? string.Empty;
        switch (unit.Format)
        {
            case UnitFormat.Claim:
                return valueText is null ? new WrittenFigure(scopeText, unit.Zh, string.Empty, IsNumeric: false) : null;
            case UnitFormat.Ordinal:
                return value is { } rank && ChineseNumerals.Write(rank) is { } numeral
                    ? new WrittenFigure(scopeText + unit.Zh, numeral, string.Empty, IsNumeric: false)
                    : null;
            default:
                if (valueText is null)
                {
                    return null;
                }

                var before = qualifier is { Position: QualifierPosition.Before } ? qualifier.Zh : string.Empty;
                var after = qualifier is { Position: QualifierPosition.After } ? qualifier.Zh : string.Empty;
                return new WrittenFigure(scopeText + before, valueText, after + unit.Zh, IsNumeric: true);
        }
    }
}
