using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>
/// The charts an indicator's page shows in one language, decided from its data alone (never from its id):
/// its series over the years, each share of its latest observation against 100%, the parts of its latest
/// headline, and work started against work completed. An indicator whose chart would say nothing more
/// than its figure (a single count, a rank, a claim) gets none.
/// </summary>
public static class IndicatorCharts
{
    /// <summary>The charts for the indicator's page in this language, in the order series, shares, parts, stages; empty when none says anything.</summary>
    public static IReadOnlyList<ChartView> For(Indicator indicator, Language language, InterfaceStrings strings)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(strings);

        var words = new ChartWords(language, strings.For(language));
        var latest = indicator.Latest;
        var charts = ImmutableArray.CreateBuilder<ChartView>();
        if (SeriesChart.Shows(indicator))
        {
            charts.Add(SeriesChart.Draw(Id(indicator, SeriesChart.Kind, 0, 1), indicator, words));
        }

        var shares = latest.AllFigures.Where(ShareChart.Shows).ToList();
        for (var i = 0; i < shares.Count; i++)
        {
            charts.Add(ShareChart.Draw(Id(indicator, ShareChart.Kind, i, shares.Count), latest, shares[i], words));
        }

        var parts = PartsChart.PartsOf(latest);
        if (parts.Length > 0)
        {
            charts.Add(PartsChart.Draw(Id(indicator, PartsChart.Kind, 0, 1), latest, parts, words));
        }

        var pairs = StagesChart.PairsIn(latest);
        for (var i = 0; i < pairs.Length; i++)
        {
            charts.Add(StagesChart.Draw(Id(indicator, StagesChart.Kind, i, pairs.Length), indicator, latest, pairs[i], words));
        }

        return charts.ToImmutable();
    }

    // Unique on a page, which shows one indicator's charts, and on any page that lists several indicators':
    // the indicator's id, the kind, and a number only when the kind occurs more than once.
    private static string Id(Indicator indicator, string kind, int index, int count) =>
        count == 1 ? $"{indicator.Id}-{kind}" : $"{indicator.Id}-{kind}-{index + 1}";
}
