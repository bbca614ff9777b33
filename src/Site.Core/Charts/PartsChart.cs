using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>
/// A whole and the parts the report names (人才类落户7066人, 其中人才引进落户3073人、留学生落户1688人) as one
/// stacked bar. What the named parts leave out is drawn as "not itemised in the report" (2305人), and only
/// when it is known: the whole and every part exact, and the parts no more than the whole. Otherwise the
/// parts are drawn without a remainder and the caption says why.
/// </summary>
internal static class PartsChart
{
    public const string Kind = "parts";

    private const decimal BarHeight = 28m;
    private const decimal Swatch = 12m;
    private const decimal Gap = 6m;

    /// <summary>The headline's parts in its own unit, in file order; empty when there is nothing to draw.</summary>
    public static ImmutableArray<Figure> PartsOf(Observation observation)
    {
        var whole = observation.Headline;
        if (whole.Value is null || whole.Unit.Format is not (UnitFormat.Number or UnitFormat.Percent))
        {
            return [];
        }

        return [.. observation.Further.Where(f => f.Relation == FigureRelation.Part && f.Unit.Id == whole.Unit.Id && f.Value is not null)];
    }

    public static ChartView Draw(string id, Observation observation, ImmutableArray<Figure> parts, ChartWords words)
    {
        var whole = observation.Headline;
        var wholeValue = whole.Value ?? 0m;
        var sum = parts.Sum(p => p.Value ?? 0m);
        var exact = whole.IsExact && parts.All(p => p.IsExact);
        decimal? remainder = exact && sum <= wholeValue ? wholeValue - sum : null;
        var note = words.Notes(
            words.Text(remainder is not null
                ? EngineStrings.ChartNoteRemainder
                : exact ? EngineStrings.ChartNotePartsOverlap : EngineStrings.ChartNotePartsNotExact),
            exact ? null : words.Text(EngineStrings.ChartNoteBound));

        var wholeLabel = words.Label(whole.Label);
        var segments = parts
            .Select((p, i) => new PartSegment(words.Label(p.Label), p.Value ?? 0m, p.ValueText ?? string.Empty, words.Mark(p), words.Written(p), PartClass(p, i)))
            .ToList();
        if (remainder is { } rest)
        {
            var restText = words.Amount(rest, whole);
            segments.Add(new PartSegment(words.Text(EngineStrings.ChartNotItemised), rest, SvgWriter.Invariant(rest), restText, restText, "chart-remainder"));
        }

        var inner = SvgWriter.Width - (2 * SvgWriter.Pad);
        // Parts that add up to more than the whole stretch the scale rather than spill out of the drawing.
        var scale = Math.Max(wholeValue, sum) is > 0m and var top ? inner / top : 0m;
        var headLines = TextMeasure.Wrap(words.Item(wholeLabel, words.Mark(whole)), inner, SvgWriter.FontSize);
        var barTop = SvgWriter.Pad + (headLines.Length * SvgWriter.LineHeight) + Gap;
        var svg = new SvgWriter()
            .Lines("chart-label", SvgWriter.Pad, SvgWriter.Pad + SvgWriter.LineHeight - 3m, headLines)
            .Rect(whole.IsExact ? "chart-whole" : "chart-whole chart-bound", SvgWriter.Pad, barTop, wholeValue * scale, BarHeight, wholeLabel, whole.ValueText);
        var x = SvgWriter.Pad;
        foreach (var segment in segments)
        {
            var width = segment.Value * scale;
            svg.Rect(segment.CssClass, x, barTop, width, BarHeight, segment.Label, segment.DataValue);
            x += width;
        }

        // A legend, one line or more per segment, in the order of the bar: a narrow segment has no room for words.
        var legendText = SvgWriter.Width - SvgWriter.Pad - (SvgWriter.Pad + Swatch + Gap);
        var y = barTop + BarHeight + Gap + SvgWriter.LineHeight;
        foreach (var segment in segments)
        {
            var lines = TextMeasure.Wrap(words.Item(segment.Label, segment.Mark), legendText, SvgWriter.FontSize);
            svg.Rect(segment.CssClass + " chart-swatch", SvgWriter.Pad, y - Swatch + 2m, Swatch, Swatch)
                .Lines("chart-label", SvgWriter.Pad + Swatch + Gap, y, lines);
            y += lines.Length * SvgWriter.LineHeight + 2m;
        }

        var height = y - SvgWriter.LineHeight + SvgWriter.Pad;
        var title = words.Format(EngineStrings.ChartPartsTitle, wholeLabel, words.Period(observation.Period));
        var description = words.List([words.Item(wholeLabel, words.Written(whole)), .. segments.Select(s => words.Item(s.Label, s.Written))]);
        return new ChartView(
            Kind,
            id,
            svg.Finish(id, Kind, height, title, words.Sentence(description, note)),
            words.Sentence(title, note),
            [new ChartRow(wholeLabel, words.Written(whole)), .. segments.Select(s => new ChartRow(s.Label, s.Written))]);
    }

    // Four fills, repeated: parts are told apart by the legend's order and words too, never by colour alone.
    private static string PartClass(Figure part, int index) =>
        $"chart-mark chart-part-{(index % 4) + 1}" + (part.IsExact ? string.Empty : " chart-bound");
}
