using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>Indicator ids become URLs: two files may not claim the same one.</summary>
public sealed class IndicatorIdsAreUnique : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var group in context.Site.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.DuplicateId,
                    duplicate.Spans[Field.Id],
                    new Message(
                        $"duplicate indicator id '{duplicate.Id}'; it is already used in {first.Path}",
                        $"指标标识“{duplicate.Id}”重复；它已在{first.Path}中使用"),
                    new Message(
                        "every indicator needs its own id: it is the indicator's URL",
                        "请为每个指标使用不同的标识：标识就是该指标的网址"));
            }
        }
    }
}
