using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>
/// An indicator's dates tell a possible story: its data last changed on or after the day it was added,
/// and each correction falls between the two (a correction changes the data, so the indicator's
/// <c>updated</c> date is at least the latest correction's).
/// </summary>
public sealed class DatesAreInOrder : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Site.Indicators)
        {
            if (indicator.Updated < indicator.Added)
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.DatesOutOfOrder,
                    indicator.Spans[Field.Updated],
                    $"updated {Iso(indicator.Updated)} is before added {Iso(indicator.Added)}",
                    "'updated' is the day the indicator's data last changed; it cannot come before the day it was added");
            }

            foreach (var correction in indicator.Corrections.Where(c => c.Correction.Date < indicator.Added || c.Correction.Date > indicator.Updated))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.DatesOutOfOrder,
                    correction.Spans[Field.Date],
                    $"correction of {Iso(correction.Correction.Date)} is outside {Iso(indicator.Added)} (added) to {Iso(indicator.Updated)} (updated)",
                    "a correction changes the data: set 'updated' to the latest correction's date");
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
