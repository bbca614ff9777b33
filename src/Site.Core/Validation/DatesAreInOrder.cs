using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>
/// An indicator's dates tell a possible story: its content last changed on or after the day it was added,
/// and each correction falls between the two (a correction changes the data, so the indicator's
/// <c>updated</c> date is at least the latest correction's).
/// </summary>
public sealed class DatesAreInOrder : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Indicators)
        {
            if (indicator.Updated < indicator.Added)
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.DatesOutOfOrder,
                    indicator.Spans[Field.Updated],
                    new Message(
                        $"updated {Iso(indicator.Updated)} is before added {Iso(indicator.Added)}",
                        $"更新日期“updated”（{Iso(indicator.Updated)}）早于添加日期“added”（{Iso(indicator.Added)}）"),
                    new Message(
                        "'updated' is the day the indicator's content last changed; it cannot come before the day it was added",
                        "“updated”是该指标内容最后一次修改的日期，不能早于添加日期“added”，请更正其中一个日期"));
            }

            foreach (var correction in indicator.Corrections.Where(c => c.Correction.Date < indicator.Added || c.Correction.Date > indicator.Updated))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.DatesOutOfOrder,
                    correction.Spans[Field.Date],
                    new Message(
                        $"correction of {Iso(correction.Correction.Date)} is outside {Iso(indicator.Added)} (added) to {Iso(indicator.Updated)} (updated)",
                        $"{Iso(correction.Correction.Date)}的更正不在{Iso(indicator.Added)}（added）至{Iso(indicator.Updated)}（updated）之间"),
                    new Message(
                        "a correction changes the data: set 'updated' to the latest correction's date",
                        "更正会修改数据：请把“updated”设为最近一次更正的日期"));
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
