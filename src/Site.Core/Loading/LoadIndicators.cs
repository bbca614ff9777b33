using System.Collections.Immutable;
using System.Globalization;
using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Parses every indicator file in input/, keeping the position of each field. A file holds one
/// observation at its top level (today's shape) or two or more in an <c>observations:</c> list; using both
/// in one file is SITE028. References (theme, unit, paragraph ...) are checked later, by the validation
/// rules, and resolved after them.
/// </summary>
public static class LoadIndicators
{
    public const string Folder = "input";

    // What an observation writes: at the top of a single-observation file, or in each item of observations:.
    private static readonly string[] ObservationFields = ["period", "description", "value", "unit", "qualifier", "basis", "scope", "noun", "stage", "source", "figures"];

    // The fields of a figure whose positions rules report at; a figure's citation adds its own.
    private static readonly Field[] FigureFields = [Field.Label, Field.Value, Field.Unit, Field.Qualifier, Field.Basis, Field.Scope, Field.Noun, Field.Relation, Field.Stage];

    // Files loaded at once: enough to keep every core busy, few enough that their trees are not all held.
    private const int Batch = 256;

    /// <summary>
    /// Every indicator file, each loaded on its own (<see cref="File"/>), in file order. Parsing and reading
    /// are most of the load and each file stands alone: a batch is loaded in parallel, then handed on in
    /// file order, so the result is the same every time.
    /// </summary>
    public static IEnumerable<IndicatorFile> Files(SiteFiles files)
    {
        var paths = files.YamlFiles(Folder);
        var loaded = new IndicatorFile[Math.Min(Batch, paths.Count)];
        for (var start = 0; start < paths.Count; start += Batch)
        {
            var count = Math.Min(Batch, paths.Count - start);
            Parallel.For(0, count, i => loaded[i] = File(files, paths[start + i]));
            for (var i = 0; i < count; i++)
            {
                yield return loaded[i];
            }
        }
    }

    /// <summary>
    /// One indicator file, parsed and read with nothing but the files: what it yields depends on its text
    /// alone, so `serve` loads again only the files that changed.
    /// </summary>
    public static IndicatorFile File(SiteFiles files, string path)
    {
        var context = new LoadContext(files, new DiagnosticBag());
        var root = YamlFile.Load(files, path, context.Diagnostics);
        var indicator = MappingReader.From(context, path, root, new Message("indicator", "该指标")) is { } map ? Read(context, map) : null;
        return new IndicatorFile(path, indicator, context.Diagnostics.ToSortedList(), context.ChineseTexts);
    }

    private static IndicatorInput? Read(LoadContext context, MappingReader map)
    {
        // Ids are checked for shape here and for uniqueness across files by a validation rule.
        var id = map.RequiredString("id");
        if (id is not null && !Ids.IsKebabCase(id))
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidId, map.SpanOfValue("id"), Ids.NotKebabCase(new Message("indicator", "指标"), id), Ids.KebabCaseHint(id));
        }

        var theme = map.RequiredString("theme");
        var label = map.Localized("label", required: true);
        var featured = map.OptionalBool("featured");
        map.Renamed("headline", "featured");
        var added = map.Date("added", required: true);
        var updated = map.Date("updated", required: true);
        var corrections = ReadCorrections(context, map);
        var observations = map.Has("observations") ? ReadList(context, map, label) : [ReadObservation(context, map, label)];
        map.ReportUnknownFields();
        if (id is null || theme is null || label is null || added is null || updated is null || observations.IsEmpty || observations.Any(o => o is null))
        {
            return null;
        }

        return new IndicatorInput(
            id,
            theme,
            label,
            featured,
            [.. observations.OfType<ObservationInput>()],
            added.Value,
            updated.Value,
            corrections,
            map.Spans(Field.Id, Field.Theme, Field.Label, Field.Featured, Field.Observations, Field.Added, Field.Updated, Field.Corrections));
    }

    // Each correction: when, what changed and why, in both languages.
    private static ImmutableArray<CorrectionInput> ReadCorrections(LoadContext context, MappingReader map)
    {
        var result = ImmutableArray.CreateBuilder<CorrectionInput>();
        var index = 0;
        foreach (var node in map.Sequence("corrections", required: false))
        {
            index++;
            if (MappingReader.From(context, map.Path, node, new Message($"correction {index}", $"corrections中的第{index}条更正")) is not { } item)
            {
                continue;
            }

            var date = item.Date("date", required: true);
            var what = item.Localized("what", required: true);
            var why = item.Localized("why", required: true);
            item.ReportUnknownFields();
            if (date is not null && what is not null && why is not null)
            {
                result.Add(new CorrectionInput(new Correction(date.Value, what, why), item.Spans(Field.Date)));
            }
        }

        return result.ToImmutable();
    }

    // observations: holds two or more; a file that writes an observation's fields at its top level too
    // would leave it unclear which observation they belong to.
    private static ImmutableArray<ObservationInput?> ReadList(LoadContext context, MappingReader map, LocalizedText? label)
    {
        foreach (var field in ObservationFields.Where(map.Has))
        {
            context.Diagnostics.Error(
                DiagnosticCodes.ObservationShape,
                map.SpanOfKey(field),
                new Message(
                    $"'{field}' is written at the top level of a file that lists observations:",
                    $"字段“{field}”写在了文件顶层，但此文件已在observations:中列出各期数据"),
                new Message(
                    "move it into the observation it belongs to, or remove observations: and keep a single observation at the top level",
                    "请把它移到所属的那一期数据中；或者删除observations:，只在文件顶层保留一期数据"));
        }

        var items = map.Sequence("observations", required: true);
        if (items.Length == 1)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.ObservationShape,
                map.SpanOfKey("observations"),
                new Message("observations: lists a single observation; it holds two or more", "observations:中只列出了一期数据；它至少要列出两期"),
                new Message("write a single observation at the top level of the file, as most indicator files do", "只有一期数据时，请像大多数指标文件那样，把它直接写在文件顶层"));
        }

        var result = ImmutableArray.CreateBuilder<ObservationInput?>();
        var index = 0;
        foreach (var node in items)
        {
            index++;
            if (MappingReader.From(context, map.Path, node, new Message($"observation {index}", $"observations中的第{index}期数据")) is { } item)
            {
                result.Add(ReadObservation(context, item, label));
                item.ReportUnknownFields();
            }
            else
            {
                result.Add(null);
            }
        }

        return result.ToImmutable();
    }

    private static ObservationInput? ReadObservation(LoadContext context, MappingReader map, LocalizedText? label)
    {
        var periodText = map.RequiredString("period");
        var period = periodText is null ? null : Period.Parse(periodText);
        if (periodText is not null && period is null)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.InvalidValue,
                map.SpanOfValue("period"),
                new Message($"period '{periodText}' is not a year", $"统计期“{periodText}”不是年份"),
                new Message("write the year the figures describe, as four digits: period: 2023", "请用四位数字填写数值所属的年份，例如period: 2023"));
        }

        var description = map.Localized("description", required: true);
        var headline = ReadFigure(context, map, label, null, further: false);
        var further = ImmutableArray.CreateBuilder<FigureInput>();
        var index = 0;
        foreach (var node in map.Sequence("figures", required: false))
        {
            index++;
            if (MappingReader.From(context, map.Path, node, new Message($"figure {index}", $"figures中的第{index}个数值")) is { } f && ReadFigure(context, f, null, headline, further: true) is { } parsed)
            {
                further.Add(parsed);
            }
        }

        return period is null || description is null || headline is null
            ? null
            : new ObservationInput(period, description, headline, further.ToImmutable(), map.Spans(Field.Period, Field.Description, Field.Figures));
    }

    // A further figure has its own label and a relation, and inherits the headline's document and
    // paragraph unless it names its own. When the headline could not be read (reported there), a further
    // figure is still read and checked as far as it can be, but asks for nothing it would have inherited.
    private static FigureInput? ReadFigure(LoadContext context, MappingReader map, LocalizedText? indicatorLabel, FigureInput? headline, bool further)
    {
        var isHeadline = !further;
        var label = isHeadline ? indicatorLabel : map.Localized("label", required: true);
        var valueText = ReadValue(context, map, out var value);
        var unit = map.RequiredString("unit");
        var qualifier = map.OptionalString("qualifier");
        var basis = map.OptionalString("basis");
        var scope = map.Localized("scope", required: false);
        var noun = ReadNoun(map);
        var stageText = map.OptionalString("stage");
        var stage = Stage.None;
        if (stageText is not null && (!Enum.TryParse(stageText, ignoreCase: true, out stage) || stage == Stage.None))
        {
            context.Diagnostics.Error(
                DiagnosticCodes.InvalidValue,
                map.SpanOfValue("stage"),
                new Message($"stage '{stageText}' must be 'started' (开工) or 'completed' (完工)", $"阶段“{stageText}”只能是“started”（开工）或“completed”（完工）"));
            stage = Stage.None;
        }

        var relation = FigureRelation.Headline;
        if (!isHeadline)
        {
            var relationText = map.OptionalString("relation") ?? "related";
            if (!Enum.TryParse(relationText, ignoreCase: true, out relation) || relation == FigureRelation.Headline)
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    map.SpanOfValue("relation"),
                    new Message($"relation '{relationText}' must be 'related' or 'part'", $"关系“{relationText}”只能是“related”（相关数值）或“part”（属于主数值的一部分）"));
                relation = FigureRelation.Related;
            }
        }

        var spans = ImmutableDictionary.CreateBuilder<(Field Field, string? Language), SourceSpan>();
        map.AddSpans(spans, FigureFields);
        var source = ReadCitation(map, further, headline?.Source, spans);
        if (!isHeadline)
        {
            map.ReportUnknownFields();
        }

        if (label is null || unit is null || source is null || valueText is "invalid")
        {
            return null;
        }

        return new FigureInput(label, valueText, value, unit, qualifier, basis, scope, noun, relation, stage, source, new FieldSpans(map.Span, spans.ToImmutable()));
    }

    // The value is kept as written (for matching the quote) and as a decimal; YAML never turns it into a double.
    private static string? ReadValue(LoadContext context, MappingReader map, out decimal? value)
    {
        value = null;
        var text = map.OptionalString("value");
        if (text is null)
        {
            // A value that is there but not a single value (a list, a mapping) was reported by the reader.
            return map.Has("value") && !map.IsScalar("value") ? "invalid" : null;
        }

        if (!NumberText.IsPlainDecimal(text) || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            context.Diagnostics.Error(
                DiagnosticCodes.InvalidValue,
                map.SpanOfValue("value"),
                new Message($"value '{text}' is not a plain number as written in the source", $"数值“{text}”不是报告原文中的纯数字写法"),
                new Message(
                    "write digits with an optional decimal point, exactly as the report does (306, 1.13, 6100); put units and words such as 余 in 'unit' and 'qualifier'",
                    "请照报告原文只写数字，可以带小数点（306、1.13、6100）；单位和“余”等字请分别写在“unit”和“qualifier”中"));
            return "invalid";
        }

        value = parsed;
        return text;
    }

    private static Noun? ReadNoun(MappingReader map)
    {
        var noun = map.OptionalMapping("noun");
        if (noun is null)
        {
            return null;
        }

        var one = noun.RequiredString("one");
        var other = noun.RequiredString("other");
        noun.ReportUnknownFields();
        return one is null || other is null ? null : new Noun(one, other);
    }

    private static CitationInput? ReadCitation(MappingReader map, bool further, CitationInput? inherited, ImmutableDictionary<(Field Field, string? Language), SourceSpan>.Builder spans)
    {
        var source = map.RequiredMapping("source");
        if (source is null)
        {
            return null;
        }

        // Further figures usually cite the same paragraph: document and paragraph may be left out there.
        var document = further ? source.OptionalString("document") ?? inherited?.DocumentId : source.RequiredString("document");
        var paragraph = further ? source.OptionalString("paragraph") ?? inherited?.ParagraphId : source.RequiredString("paragraph");
        var quote = source.RequiredString("quote");
        var translation = source.RequiredString("translation");
        source.ReportUnknownFields();
        source.AddSpans(spans, Field.Document, Field.Paragraph, Field.Quote, Field.Translation);
        return document is null || paragraph is null || quote is null || translation is null
            ? null
            : new CitationInput(document, paragraph, quote, translation);
    }
}
