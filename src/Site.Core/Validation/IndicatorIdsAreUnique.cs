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
                    $"duplicate indicator id '{duplicate.Id}'; it is already used in {first.Path}",
                    "every indicator needs its own id: it is the indicator's URL");
            }
        }
    }
}
