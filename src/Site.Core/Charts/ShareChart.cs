using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>
/// A share or a rate of coverage (占全区税收比重达55%, 使用率超过95%) as the filled part of a 100% bar.
/// Only a percentage that is a part of a whole gets one: a growth rate (增长18%) has a direction and is
/// no part of anything, a percentage compared with another period (a basis such as 同比) is a change,
/// and a value over 100 cannot be drawn against 100%. A bound is hollow and labelled "at least".
/// </summary>
internal static class ShareChart
{
    public const string Kind = "share";

    private const decimal BarHeight = 24m;
    private const decimal Gap = 6m;

    public static bool Shows(Figure figure) =>
        figure.Unit.Format == UnitFormat.Percent
        && figure.Direction == Direction.None
        && figure.Basis is null
        && figure.Value is >= 0m and <= 100m;

    public static ChartView Draw(string id, Observation observation, Figure figure, ChartWords words)
    {
        var value = figure.Value ?? 0m;
        var label = words.Label(figure.Label);
        var inner = SvgWriter.Width - (2 * SvgWriter.Pad);
        var labelLines = TextMeasure.Wrap(label, inner, SvgWriter.FontSize);
        var barTop = SvgWriter.Pad + (labelLines.Length * SvgWriter.LineHeight) + Gap;
        var below = barTop + BarHeight + SvgWriter.LineHeight;
        var height = below + SvgWriter.Pad;
        var whole = words.Amount(100m, figure);

        var svg = new SvgWriter()
            .Lines("chart-label", SvgWriter.Pad, SvgWriter.Pad + SvgWriter.LineHeight - 3m, labelLines)
            .Rect("chart-track", SvgWriter.Pad, barTop, inner, BarHeight)
            .Rect(figure.IsExact ? "chart-mark" : "chart-mark chart-bound", SvgWriter.Pad, barTop, inner * value / 100m, BarHeight, label, figure.ValueText)
            .Text("chart-value", SvgWriter.Pad, below, words.Mark(figure))
            .Text("chart-tick", SvgWriter.Width - SvgWriter.Pad, below, whole, TextAnchor.End);

        var title = words.Format(EngineStrings.ChartShareTitle, label, words.Period(observation.Period));
        // What is left of 100% is known only when the share is exact; a bound leaves it open.
        var items = figure.IsExact
            ? new[] { words.Item(label, words.Written(figure)), words.Item(words.Text(EngineStrings.ChartShareRest), words.Amount(100m - value, figure)) }
            : [words.Item(label, words.Mark(figure))];
        var note = figure.IsExact ? null : words.Text(EngineStrings.ChartNoteBound);
        return new ChartView(
            Kind,
            id,
            svg.Finish(id, Kind, height, title, words.Sentence(words.List(items), note)),
            words.Sentence(title, note),
            [new ChartRow(label, words.Written(figure))]);
    }
}
