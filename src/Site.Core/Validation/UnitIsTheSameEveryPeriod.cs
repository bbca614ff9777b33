using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>
/// An indicator measures one thing in one unit: every observation's headline figure has the same unit,
/// so a series compares like with like (302台 with 401台, never 亿元 with 万元).
/// </summary>
public sealed class UnitIsTheSameEveryPeriod : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Indicators)
        {
            var first = indicator.Observations[0];
            foreach (var observation in indicator.Observations.Skip(1).Where(o => o.Headline.UnitId != first.Headline.UnitId))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.UnitVaries,
                    observation.Headline.Spans[Field.Unit],
                    new Message(
                        $"unit '{observation.Headline.UnitId}' for {observation.Period} differs from '{first.Headline.UnitId}' for {first.Period}; an indicator keeps one unit",
                        $"统计期{observation.Period}的单位“{observation.Headline.UnitId}”与统计期{first.Period}的单位“{first.Headline.UnitId}”不同；同一指标只能使用一种单位"),
                    new Message(
                        $"write every observation in '{first.Headline.UnitId}' as the report does, or make a separate indicator",
                        $"请照报告原文把每一期数据都用单位“{first.Headline.UnitId}”填写，或另建一个指标"));
            }
        }
    }
}
