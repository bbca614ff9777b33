using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// Formats a figure for a language. Chinese shows the figure as the report writes it; English converts
/// magnitudes (306亿元 is "30.6 billion yuan", 1.13万平方米 is "11,300 m²") and names counted nouns.
/// </summary>
public sealed class FigureFormatter(SiteModel site)
{
    public FormattedFigure Format(Figure figure, Language language)
    {
        var unit = site.Units[figure.UnitId];
        var qualifier = figure.QualifierId is null ? null : site.Qualifiers[figure.QualifierId];
        var basis = figure.BasisId is null ? null : site.Comparisons[figure.BasisId];
        return language.Code == "zh" ? Chinese(figure, unit, qualifier, basis) : English(figure, unit, qualifier, basis);
    }

    private static FormattedFigure Chinese(Figure figure, Unit unit, Qualifier? qualifier, Comparison? basis)
    {
        var scope = figure.Scope?.Zh ?? string.Empty;
        var basisText = basis?.Zh ?? string.Empty;
        switch (unit.Format)
        {
            case UnitFormat.Claim:
                return Make(scope, unit.Zh, string.Empty, string.Empty);
            case UnitFormat.Ordinal:
                return Make(scope + unit.Zh, ChineseNumerals.Write(figure.Value ?? 0) ?? string.Empty, string.Empty, string.Empty);
            default:
                var before = basisText + scope + (qualifier is { Position: QualifierPosition.Before } ? qualifier.Zh : string.Empty);
                var after = (qualifier is { Position: QualifierPosition.After } ? qualifier.Zh : string.Empty) + unit.Zh;
                return Make(before, figure.ValueText ?? string.Empty, after, string.Empty);
        }
    }

    private static FormattedFigure English(Figure figure, Unit unit, Qualifier? qualifier, Comparison? basis)
    {
        var scope = figure.Scope?.En;
        switch (unit.Format)
        {
            case UnitFormat.Claim:
                return Make(string.Empty, Capitalise(unit.En ?? string.Empty), scope ?? string.Empty, " ");
            case UnitFormat.Ordinal:
                return Make(string.Empty, EnglishNumber.Ordinal(figure.Value ?? 0), scope ?? string.Empty, " ");
        }

        var value = figure.Value ?? 0m;
        var before = qualifier is { En.Length: > 0 } ? qualifier.En : string.Empty;
        string number;
        string after;
        switch (unit.Format)
        {
            case UnitFormat.Percent:
                number = EnglishNumber.Plain(value) + "%";
                after = string.Empty;
                break;
            case UnitFormat.Points:
                number = EnglishNumber.Plain(value);
                after = value == 1m ? "percentage point" : unit.En ?? string.Empty;
                break;
            default:
                number = EnglishNumber.Write(value, unit.Scale);
                after = figure.Noun?.For(value) ?? unit.En ?? string.Empty;
                break;
        }

        var tail = Join(" ", after, scope, basis?.En);
        return Make(before, number, tail, " ");
    }

    private static FormattedFigure Make(string before, string number, string after, string separator) =>
        new(before, number, after, Join(separator, before, number, after));

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
