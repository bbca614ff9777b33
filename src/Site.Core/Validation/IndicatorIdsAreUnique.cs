using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>Indicator ids become URLs: two files may not claim the same one.</summary>
public sealed class IndicatorIdsAreUnique : IRule
{
    public void Check(RuleContext context)
    {
        // Runs over every indicator on every rebuild: a set finds whether any id repeats, and only then are
        // they grouped. Every file that claims the id is told, naming the others: the one just added may
        // sort first or last.
        var ids = new HashSet<string>(context.Site.Indicators.Length, StringComparer.Ordinal);
        var repeated = context.Site.Indicators.Where(i => !ids.Add(i.Id)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in context.Site.Indicators.Where(i => repeated.Contains(i.Id)).GroupBy(i => i.Id, StringComparer.Ordinal))
        {
            foreach (var indicator in group)
            {
                var others = group.Where(i => i != indicator).Select(i => i.Path).ToList();
                context.Diagnostics.Error(
                    DiagnosticCodes.DuplicateId,
                    indicator.Spans[Field.Id],
                    new Message(
                        $"duplicate indicator id '{indicator.Id}'; it is also used in {string.Join(", ", others)}",
                        $"指标标识“{indicator.Id}”重复；{string.Join("、", others)}也使用了它"),
                    new Message(
                        "every indicator needs its own id: it is the indicator's URL; give the new file an id of its own",
                        "请为每个指标使用不同的标识：标识就是该指标的网址；请给新文件另起一个标识"));
            }
        }
    }
}
