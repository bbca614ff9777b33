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
        foreach (var indicator in context.Indicators)
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
                diagnostics.Error(
                    DiagnosticCodes.FigureShape,
                    valueSpan,
                    new Message($"unit '{unit.Id}' ({unit.Zh}) is a claim without a number; remove 'value'", $"单位“{unit.Id}”（{unit.Zh}）是不带数字的定性表述；请删除“value”"));
                break;
            case UnitFormat.Ordinal when figure.Value is not { } rank || rank != decimal.Truncate(rank) || rank < 1:
                diagnostics.Error(
                    DiagnosticCodes.FigureShape,
                    valueSpan,
                    new Message($"unit '{unit.Id}' needs a whole-number rank as 'value' (1 for 第一)", $"单位“{unit.Id}”要求在“value”中填写整数名次（第一填1）"));
                break;
            case UnitFormat.Ordinal when figure.Scope is null:
                diagnostics.Error(
                    DiagnosticCodes.FigureShape,
                    figure.Spans[Field.Unit],
                    new Message("a rank needs a 'scope' saying what it ranks within (全市: in Shanghai)", "名次需要用“scope”说明在什么范围内排名（例如全市：in Shanghai）"));
                break;
            case UnitFormat.Number or UnitFormat.Percent or UnitFormat.Points when figure.ValueText is null:
                diagnostics.Error(
                    DiagnosticCodes.MissingField,
                    figure.Spans[Field.Unit],
                    new Message($"missing field 'value': unit '{unit.Id}' ({unit.Zh}) needs a number", $"缺少字段“value”：单位“{unit.Id}”（{unit.Zh}）需要一个数值"));
                break;
        }

        if (unit.NeedsNoun && figure.Noun is null)
        {
            diagnostics.Error(
                DiagnosticCodes.NounMismatch,
                figure.Spans[Field.Unit],
                new Message(
                    $"unit '{unit.Id}' is the measure word {unit.Zh}, which has no fixed English; name what is counted",
                    $"单位“{unit.Id}”是量词“{unit.Zh}”，没有固定的英文说法；请写明计数的是什么"),
                new Message(
                    $"add noun: {{ one: …, other: … }}, the English for one and for several of what the {unit.Zh} counts (for lifts: {{ one: lift, other: lifts }})",
                    $"请添加noun: {{ one: …, other: … }}，写出“{unit.Zh}”所计数事物的英文单数和复数（例如电梯：{{ one: lift, other: lifts }}）"));
        }
        else if (!unit.NeedsNoun && figure.Noun is not null)
        {
            diagnostics.Error(
                DiagnosticCodes.NounMismatch,
                figure.Spans[Field.Noun],
                new Message($"unit '{unit.Id}' already has an English form ('{unit.En}'); remove 'noun'", $"单位“{unit.Id}”已有英文写法（“{unit.En}”）；请删除“noun”"));
        }
    }
}
