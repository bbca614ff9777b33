using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>An indicator has one observation per period: two values for 2023 would contradict each other.</summary>
public sealed class PeriodsAreUnique : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Indicators)
        {
            foreach (var group in indicator.Observations.GroupBy(o => o.Period).Where(g => g.Count() > 1))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1))
                {
                    context.Diagnostics.Error(
                        DiagnosticCodes.DuplicatePeriod,
                        duplicate.Spans[Field.Period],
                        new Message(
                            $"indicator '{indicator.Id}' has two observations for {duplicate.Period}; the first is at line {first.Spans[Field.Period].Line}",
                            $"指标“{indicator.Id}”中统计期{duplicate.Period}出现了两次；第一次在第{first.Spans[Field.Period].Line}行"),
                        new Message(
                            "each period is observed once: correct the period, or remove the repeated observation",
                            "每个统计期只能有一期数据：请更正统计期，或删除重复的那一期数据"));
                }
            }
        }
    }
}
