using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A figure's fields fit its unit: claims take no value, ranks take a whole number and a scope, other
/// units take a value; measure words (台 座 处 ...) need an English noun and other units must not have one.
/// </summary>
public sealed class FigureFitsItsUnit : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Site.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                if (context.Site.Units.TryGetValue(figure.UnitId, out var unit))
                {
                    Check(unit, figure, context.Diagnostics);
                }
            }
        }
    }

    private static void Check(Unit unit, FigureInput figure, DiagnosticBag diagnostics)
    {
        var valueSpan = figure.Spans[Field.Value];
        switch (unit.Format)
        {
            case UnitFormat.Claim when figure.ValueText is not null:
                diagnostics.Error(DiagnosticCodes.FigureShape, valueSpan, $"unit '{unit.Id}' ({unit.Zh}) is a claim without a number; remove 'value'");
                break;
            case UnitFormat.Ordinal when figure.Value is not { } rank || rank != decimal.Truncate(rank) || rank < 1:
                diagnostics.Error(DiagnosticCodes.FigureShape, valueSpan, $"unit '{unit.Id}' needs a whole-number rank as 'value' (1 for 第一)");
                break;
            case UnitFormat.Ordinal when figure.Scope is null:
                diagnostics.Error(DiagnosticCodes.FigureShape, figure.Spans[Field.Unit], $"a rank needs a 'scope' saying what it ranks within (全市: in Shanghai)");
                break;
            case UnitFormat.Number or UnitFormat.Percent or UnitFormat.Points when figure.ValueText is null:
                diagnostics.Error(DiagnosticCodes.MissingField, figure.Spans[Field.Unit], $"missing field 'value': unit '{unit.Id}' ({unit.Zh}) needs a number");
                break;
        }

        if (unit.NeedsNoun && figure.Noun is null)
        {
            diagnostics.Error(
                DiagnosticCodes.NounMismatch,
                figure.Spans[Field.Unit],
                $"unit '{unit.Id}' is the measure word {unit.Zh}, which has no fixed English; name what is counted",
                "add noun: { one: elevator, other: elevators }");
        }
        else if (!unit.NeedsNoun && figure.Noun is not null)
        {
            diagnostics.Error(DiagnosticCodes.NounMismatch, figure.Spans[Field.Noun], $"unit '{unit.Id}' already has an English form ('{unit.En}'); remove 'noun'");
        }
    }
}
