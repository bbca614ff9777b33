using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A figure's fields fit its unit: claims take no value, ranks take a whole number and a scope, other
/// units take a value; measure words (台 座 处 ...) need an English noun and other units must not have one.
/// </summary>
public sealed class FigureFitsItsUnit : IRule
{
    public void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var indicator in site.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                if (site.Units.TryGetValue(figure.UnitId, out var unit))
                {
                    Check(unit, figure, indicator.Span, diagnostics);
                }
            }
        }
    }

    private static void Check(Unit unit, Figure figure, SourceSpan fallback, DiagnosticBag diagnostics)
    {
        var valueSpan = figure.SpanOf("value", fallback);
        switch (unit.Format)
        {
            case UnitFormat.Claim when figure.ValueText is not null:
                diagnostics.Error(DiagnosticCodes.FigureShape, valueSpan, $"unit '{unit.Id}' ({unit.Zh}) is a claim without a number; remove 'value'");
                break;
            case UnitFormat.Ordinal when figure.Value is not { } rank || rank != decimal.Truncate(rank) || rank < 1:
                diagnostics.Error(DiagnosticCodes.FigureShape, valueSpan, $"unit '{unit.Id}' needs a whole-number rank as 'value' (1 for 第一)");
                break;
            case UnitFormat.Ordinal when figure.Scope is null:
                diagnostics.Error(DiagnosticCodes.FigureShape, figure.SpanOf("unit", fallback), $"a rank needs a 'scope' saying what it ranks within (全市: in Shanghai)");
                break;
            case UnitFormat.Number or UnitFormat.Percent or UnitFormat.Points when figure.ValueText is null:
                diagnostics.Error(DiagnosticCodes.MissingField, figure.SpanOf("unit", fallback), $"missing field 'value': unit '{unit.Id}' ({unit.Zh}) needs a number");
                break;
        }

        if (unit.NeedsNoun && figure.Noun is null)
        {
            diagnostics.Error(
                DiagnosticCodes.NounMismatch,
                figure.SpanOf("unit", fallback),
                $"unit '{unit.Id}' is the measure word {unit.Zh}, which has no fixed English; name what is counted",
                "add noun: { one: elevator, other: elevators }");
        }
        else if (!unit.NeedsNoun && figure.Noun is not null)
        {
            diagnostics.Error(DiagnosticCodes.NounMismatch, figure.SpanOf("noun", fallback), $"unit '{unit.Id}' already has an English form ('{unit.En}'); remove 'noun'");
        }
    }
}
