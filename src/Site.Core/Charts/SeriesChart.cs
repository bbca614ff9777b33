using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>
/// The headline figure of each observation, oldest to newest, as columns rising from a zero line (a
/// decrease, 下降3%, hangs below it). Shown for two or more observations of a quantity: a count, an
/// amount, a percentage or percentage points; ranks are places and claims have no number, so neither
/// gets a chart. A bound (6100余家) is a hollow column labelled "at least": its true height is unknown.
/// </summary>
internal static class SeriesChart
{
    public const string Kind = "series";

    private const decimal PlotHeight = 140m;
    private const decimal AxisLeft = 24m;
    private const decimal Gap = 4m;

    public static bool Shows(Indicator indicator) =>
        indicator.HasSeries
        && indicator.Latest.Headline.Unit.Format is UnitFormat.Number or UnitFormat.Percent or UnitFormat.Points
        && indicator.Observations.All(o => o.Headline.Value is not null);

    public static ChartView Draw(string id, Indicator indicator, ChartWords words)
    {
        var observations = indicator.Observations;
        var slot = (SvgWriter.Width - AxisLeft - SvgWriter.Pad) / observations.Length;
        var barWidth = Math.Min(slot * 0.6m, 56m);
        var points = observations.Select(o => new
        {
            Observation = o,
            Figure = o.Headline,
            Value = o.Headline.SignedValue ?? 0m,
            Period = words.Period(o.Period),
            Label = TextMeasure.Wrap(words.Mark(o.Headline), slot - Gap, SvgWriter.FontSize),
        }).ToList();

        // The scale always includes zero, so a column's height is its value and columns compare honestly.
        var max = Math.Max(0m, points.Max(p => p.Value));
        var min = Math.Min(0m, points.Min(p => p.Value));
        var scale = max == min ? 0m : PlotHeight / (max - min);
        var linesAbove = points.Where(p => p.Value >= 0).Select(p => p.Label.Length).DefaultIfEmpty(0).Max();
        var linesBelow = points.Where(p => p.Value < 0).Select(p => p.Label.Length).DefaultIfEmpty(0).Max();
        var top = SvgWriter.Pad + (linesAbove * SvgWriter.LineHeight) + Gap;
        var zero = top + (max * scale);
        var plotBottom = top + PlotHeight + (linesBelow > 0 ? Gap + (linesBelow * SvgWriter.LineHeight) : 0m);
        var periodLines = points.Select(p => TextMeasure.Wrap(p.Period, slot, SvgWriter.FontSize)).ToList();
        var periodTop = plotBottom + SvgWriter.LineHeight;
        var height = periodTop + ((periodLines.Max(l => l.Length) - 1) * SvgWriter.LineHeight) + SvgWriter.Pad;

        var svg = new SvgWriter()
            .Line("chart-axis", AxisLeft, top, AxisLeft, plotBottom)
            .Line("chart-axis chart-zero", AxisLeft, zero, SvgWriter.Width - SvgWriter.Pad, zero)
            .Text("chart-tick", AxisLeft - Gap, zero + 4m, "0", TextAnchor.End);
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var centre = AxisLeft + (slot * (i + 0.5m));
            // A zero still shows as a sliver on the zero line: a missing column would read as missing data.
            var barHeight = Math.Max(Math.Abs(point.Value) * scale, 1m);
            var barTop = point.Value >= 0 ? zero - barHeight : zero;
            svg.Rect(MarkClass(point.Figure, point.Value < 0), centre - (barWidth / 2), barTop, barWidth, barHeight, point.Period, point.Figure.ValueText);
            var labelTop = point.Value >= 0
                ? barTop - Gap - ((point.Label.Length - 1) * SvgWriter.LineHeight)
                : barTop + barHeight + SvgWriter.LineHeight;
            svg.Lines("chart-value", centre, labelTop, point.Label, TextAnchor.Middle)
                .Lines("chart-tick", centre, periodTop, periodLines[i], TextAnchor.Middle);
        }

        var title = words.Format(EngineStrings.ChartSeriesTitle, words.Label(indicator.Label), points[0].Period, points[^1].Period);
        var note = points.Any(p => !p.Figure.IsExact) ? words.Text(EngineStrings.ChartNoteBound) : null;
        var description = words.Sentence(words.List(points.Select(p => words.Change(p.Observation.Change) is { } change
            ? words.Format(EngineStrings.ChartItemChange, p.Period, words.Written(p.Figure), change)
            : words.Item(p.Period, words.Written(p.Figure)))), note);
        return new ChartView(
            Kind,
            id,
            svg.Finish(id, Kind, height, title, description),
            words.Sentence(title, note),
            [.. points.Select(p => new ChartRow(p.Period, words.Written(p.Figure)))]);
    }

    private static string MarkClass(Figure figure, bool negative) =>
        "chart-mark" + (figure.IsExact ? string.Empty : " chart-bound") + (negative ? " chart-negative" : string.Empty);
}
