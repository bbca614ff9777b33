using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// How a figure is written in the report, built from its data: the text the build must find in the
/// quote, and what Chinese pages show. One place, so what is verified is exactly what is shown.
/// </summary>
public static class WrittenForm
{
    /// <summary>
    /// The figure as written: <c>[qualifier before][value][qualifier after][unit]</c>, e.g. 6100余家,
    /// 超过95%, 下降3%; ranks as <c>[scope]第一</c>; claims as <c>[scope][unit]</c>. Null when the figure's
    /// shape does not fit its unit (reported by validation).
    /// </summary>
    public static string? Of(Figure figure, Unit unit, Qualifier? qualifier)
    {
        var scope = figure.Scope?.Zh ?? string.Empty;
        switch (unit.Format)
        {
            case UnitFormat.Claim:
                return figure.ValueText is null ? scope + unit.Zh : null;
            case UnitFormat.Ordinal:
                return figure.Value is { } rank && ChineseNumerals.Write(rank) is { } numeral ? scope + unit.Zh + numeral : null;
            default:
                if (figure.ValueText is null)
                {
                    return null;
                }

                var before = qualifier is { Position: QualifierPosition.Before } ? qualifier.Zh : string.Empty;
                var after = qualifier is { Position: QualifierPosition.After } ? qualifier.Zh : string.Empty;
                return scope + before + figure.ValueText + after + unit.Zh;
        }
    }

    /// <summary>The index in <see cref="Of"/>'s text where the number starts, for the whole-number check.</summary>
    public static int NumberOffset(Figure figure, Qualifier? qualifier) =>
        (figure.Scope?.Zh.Length ?? 0) + (qualifier is { Position: QualifierPosition.Before } ? qualifier.Zh.Length : 0);

    /// <summary>
    /// Where the figure as written stands in <paramref name="text"/> as a whole number (no digit or
    /// decimal point directly before the number), or -1. 306亿元 is never found for a value of 6 or 30.
    /// </summary>
    public static int IndexIn(string text, Figure figure, Unit unit, Qualifier? qualifier)
    {
        var written = Of(figure, unit, qualifier);
        if (written is null)
        {
            return -1;
        }

        var offset = unit.Format is UnitFormat.Claim or UnitFormat.Ordinal ? -1 : NumberOffset(figure, qualifier);
        for (var at = text.IndexOf(written, StringComparison.Ordinal); at >= 0; at = text.IndexOf(written, at + 1, StringComparison.Ordinal))
        {
            var numberAt = at + offset;
            if (offset < 0 || numberAt == 0 || !(char.IsAsciiDigit(text[numberAt - 1]) || text[numberAt - 1] == '.'))
            {
                return at;
            }
        }

        return -1;
    }
}
