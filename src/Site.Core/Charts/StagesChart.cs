using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>
/// Work started and work completed (开工401台, 完工302台) as two bars on one scale, side by side. They are
/// different measures of the same programme, so nothing adds them up: there is no total and no stack.
/// </summary>
internal static class StagesChart
{
    public const string Kind = "stages";

    private const decimal BarHeight = 22m;
    private const decimal RowHeight = 34m;
    private const decimal Gap = 6m;

    /// <summary>For each unit the observation counts both stages in, its first started and first completed figure.</summary>
    public static ImmutableArray<StagePair> PairsIn(Observation observation)
    {
        var staged = observation.AllFigures
            .Where(f => f.Stage != Stage.None && f.Value is not null && f.Unit.Format is UnitFormat.Number or UnitFormat.Percent)
            .ToList();
        var pairs = ImmutableArray.CreateBuilder<StagePair>();
        foreach (var unit in staged.Select(f => f.Unit.Id).Distinct(StringComparer.Ordinal))
        {
            if (staged.FirstOrDefault(f => f.Unit.Id == unit && f.Stage == Stage.Started) is { } started
                && staged.FirstOrDefault(f => f.Unit.Id == unit && f.Stage == Stage.Completed) is { } completed)
            {
                pairs.Add(new StagePair(started, completed));
            }
        }

        return pairs.ToImmutable();
    }

    public static ChartView Draw(string id, Indicator indicator, Observation observation, StagePair pair, ChartWords words)
    {
        // Started first: the order work happens in.
        var rows = new[]
        {
            (Stage: words.Text(EngineStrings.ChartStageStarted), Figure: pair.Started, CssClass: "chart-stage-started"),
            (Stage: words.Text(EngineStrings.ChartStageCompleted), Figure: pair.Completed, CssClass: "chart-stage-completed"),
        };
        var labelWidth = rows.Max(r => TextMeasure.Width(r.Stage, SvgWriter.FontSize)) + Gap;
        var valueWidth = rows.Max(r => TextMeasure.Width(words.Mark(r.Figure), SvgWriter.FontSize)) + Gap;
        var barLeft = SvgWriter.Pad + labelWidth;
        var barSpace = Math.Max(SvgWriter.Width - SvgWriter.Pad - valueWidth - barLeft, 40m);
        var max = rows.Max(r => r.Figure.Value ?? 0m);
        var scale = max > 0m ? barSpace / max : 0m;

        var svg = new SvgWriter();
        var top = SvgWriter.Pad;
        foreach (var row in rows)
        {
            var width = Math.Max((row.Figure.Value ?? 0m) * scale, 1m);
            var baseline = top + (BarHeight / 2) + 4m;
            var markClass = $"chart-mark {row.CssClass}" + (row.Figure.IsExact ? string.Empty : " chart-bound");
            svg.Text("chart-label", SvgWriter.Pad, baseline, row.Stage)
                .Rect(markClass, barLeft, top, width, BarHeight, words.Label(row.Figure.Label), row.Figure.ValueText)
                .Text("chart-value", barLeft + width + Gap, baseline, words.Mark(row.Figure));
            top += RowHeight;
        }

        svg.Line("chart-axis", barLeft, SvgWriter.Pad - 2m, barLeft, top - RowHeight + BarHeight + 2m);
        var height = top - RowHeight + BarHeight + SvgWriter.Pad;
        var title = words.Format(EngineStrings.ChartStagesTitle, words.Label(indicator.Label), words.Period(observation.Period));
        var note = words.Notes(
            words.Text(EngineStrings.ChartNoteStages),
            rows.Any(r => !r.Figure.IsExact) ? words.Text(EngineStrings.ChartNoteBound) : null);
        var description = words.List(rows.Select(r => words.Item(r.Stage, words.Written(r.Figure))));
        return new ChartView(
            Kind,
            id,
            svg.Finish(id, Kind, height, title, words.Sentence(description, note)),
            words.Sentence(title, note),
            [.. rows.Select(r => new ChartRow(words.Label(r.Figure.Label), words.Written(r.Figure)))]);
    }
}
