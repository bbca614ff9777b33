using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>Indicator ids become URLs: two files may not claim the same one.</summary>
public sealed class IndicatorIdsAreUnique : IRule
{
    public void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var group in site.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateId,
                    duplicate.SpanOf("id"),
                    $"duplicate indicator id '{duplicate.Id}'; it is already used in {first.Span.Path}",
                    "every indicator needs its own id: it is the indicator's URL");
            }
        }
    }
}
