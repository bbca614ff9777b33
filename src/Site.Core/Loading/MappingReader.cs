using System.Collections.Immutable;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Reads the fields of one YAML mapping with their positions. Every field read is remembered, so
/// <see cref="ReportUnknownFields"/> can flag the rest (usually typos) with a "did you mean" hint. It
/// reads and reports; it judges nothing else (rules about what the text says belong to validation).
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly LoadContext _load;
    private readonly DiagnosticBag _diagnostics;
    // The field names code asked for, in the order it asked (a list: a handful of names, looked up once per
    // field read, where a hash set's buckets cost more to grow than the list costs to search).
    private readonly List<string> _known = new(16);
    private readonly List<string> _missing = [];
    private readonly Dictionary<(string Key, string Language), SourceSpan> _textSpans = [];
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    private MappingReader(LoadContext load, string path, YamlMappingNode node, Message context)
    {
        Path = path;
        _node = node;
        _load = load;
        _diagnostics = load.Diagnostics;
        Context = context;
    }

    public string Path { get; }

    /// <summary>
    /// What this mapping is, for messages, in both languages ("indicator" / "该指标", "figure 2" /
    /// "figures中的第2个数值"): the Chinese reads as the subject of a sentence.
    /// </summary>
    public Message Context { get; }

    public SourceSpan Span => YamlFile.SpanOf(Path, _node);

    /// <summary>Wraps <paramref name="node"/> if it is a mapping; otherwise reports SITE017 and returns null.</summary>
    public static MappingReader? From(LoadContext load, string path, YamlNode? node, Message context)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(load, path, mapping, context);
        }

        if (node is not null)
        {
            load.Diagnostics.Error(
                DiagnosticCodes.WrongType,
                YamlFile.SpanOf(path, node),
                new Message($"{context.En} must be a mapping of fields (name: value)", $"{context.Zh}必须是映射（名称: 值）"));
        }

        return null;
    }

    private void Know(string key)
    {
        if (!_known.Contains(key))
        {
            _known.Add(key);
        }
    }

    public bool Has(string key)
    {
        Know(key);
        return Find(key) is not null;
    }

    /// <summary>Whether the field is there as a single value (not a list or a mapping).</summary>
    public bool IsScalar(string key) => Find(key) is YamlScalarNode;

    /// <summary>The span of a field's value, or of the mapping when the field is absent.</summary>
    public SourceSpan SpanOfValue(string key) => Find(key) is { } node ? YamlFile.SpanOf(Path, node) : Span;

    public SourceSpan SpanOfKey(string key)
    {
        foreach (var (k, _) in _node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return YamlFile.SpanOf(Path, k);
            }
        }

        return Span;
    }

    public YamlNode? Node(string key)
    {
        Know(key);
        return Find(key);
    }

    public string? RequiredString(string key) => String(key, required: true);

    public string? OptionalString(string key) => String(key, required: false);

    public MappingReader? RequiredMapping(string key) => Mapping(key, required: true);

    public MappingReader? OptionalMapping(string key) => Mapping(key, required: false);

    public bool OptionalBool(string key, bool defaultValue = false)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        _diagnostics.Error(
            DiagnosticCodes.WrongType,
            SpanOfValue(key),
            new Message($"'{key}' must be true or false, not '{text}'", $"字段“{key}”只能是true或false，不能是“{text}”"));
        return defaultValue;
    }

    /// <summary>
    /// A date written YYYY-MM-DD (ISO 8601, as YAML writes dates); a missing one is reported when
    /// required, a malformed one is SITE014. Dates are data: the build never reads its own clock.
    /// </summary>
    public DateOnly? Date(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(
            DiagnosticCodes.InvalidValue,
            SpanOfValue(key),
            new Message($"date '{text}' must be written YYYY-MM-DD", $"日期“{text}”必须写成YYYY-MM-DD（年-月-日）"),
            new Message("for example 2024-01-16", "请按年-月-日填写，例如2024-01-16"));
        return null;
    }

    /// <summary>The items of a list field; absent optional lists are empty.</summary>
    public ImmutableArray<YamlNode> Sequence(string key, bool required)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    ReportMissing(key);
                }

                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            case YamlScalarNode { Value: null or "" or "~" or "null" }:
                return [];
            default:
                _diagnostics.Error(DiagnosticCodes.WrongType, YamlFile.SpanOf(Path, node), new Message($"'{key}' must be a list", $"字段“{key}”必须是列表"));
                return [];
        }
    }

    /// <summary>
    /// A text in both languages: a mapping with non-empty <c>zh</c> and <c>en</c>. A missing or empty one
    /// is SITE004 at its position: nothing falls back to the other language.
    /// </summary>
    public LocalizedText? Localized(string key, bool required)
    {
        var map = Mapping(key, required);
        if (map is null)
        {
            return null;
        }

        var zh = map.Translation(Language.Zh, key);
        var en = map.Translation(Language.En, key);
        map.ReportUnknownFields();
        foreach (var language in Language.All)
        {
            _textSpans[(key, language.Code)] = map.SpanOfValue(language.Code);
        }

        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    /// <summary>
    /// Where each of <paramref name="fields"/> was written in this mapping (the text of each language for
    /// a text in both languages), added to <paramref name="spans"/>. A field not written is left out.
    /// </summary>
    public void AddSpans(ImmutableDictionary<(Field Field, string? Language), SourceSpan>.Builder spans, params Field[] fields)
    {
        foreach (var field in fields)
        {
            var key = FieldKey(field);
            if (Find(key) is { } node)
            {
                spans[(field, null)] = YamlFile.SpanOf(Path, node);
            }

            foreach (var language in Language.All)
            {
                if (_textSpans.TryGetValue((key, language.Code), out var span))
                {
                    spans[(field, language.Code)] = span;
                }
            }
        }
    }

    /// <summary>The positions of <paramref name="fields"/> in this mapping, falling back to the mapping's own.</summary>
    public FieldSpans Spans(params Field[] fields)
    {
        var spans = ImmutableDictionary.CreateBuilder<(Field Field, string? Language), SourceSpan>();
        AddSpans(spans, fields);
        return new FieldSpans(Span, spans.ToImmutable());
    }

    // A field's name in YAML: fields are single lowercase words (label, quote, translation).
    private static string FieldKey(Field field) => field.ToString().ToLowerInvariant();

    /// <summary>Notes that a field was renamed: an old file using <paramref name="old"/> is told the new name.</summary>
    public void Renamed(string old, string now) => _renamed[old] = now;

    /// <summary>
    /// Reports every field that no reader asked for, with the closest known name as a hint, then every
    /// missing field, except one an unknown field was evidently meant to be: a typo is one problem, not two.
    /// </summary>
    public void ReportUnknownFields()
    {
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (_known.Contains(name))
            {
                continue;
            }

            if (_renamed.TryGetValue(name, out var now))
            {
                _diagnostics.Error(
                    DiagnosticCodes.UnknownField,
                    YamlFile.SpanOf(Path, key),
                    new Message($"field '{name}' in {Context.En} is now called '{now}'", $"{Context.Zh}中的字段“{name}”已改名为“{now}”"),
                    new Message($"rename it to '{now}'; it means the same", $"请把它改为“{now}”，含义不变"));
                continue;
            }

            var suggestion = ClosestName.Find(name, _known);
            if (suggestion is not null)
            {
                meant.Add(suggestion);
            }

            var allowed = _known.Order(StringComparer.Ordinal).ToList();
            _diagnostics.Error(
                DiagnosticCodes.UnknownField,
                YamlFile.SpanOf(Path, key),
                suggestion is null
                    ? new Message($"unknown field '{name}' in {Context.En}", $"{Context.Zh}中有未知字段“{name}”")
                    : new Message($"unknown field '{name}' in {Context.En}; did you mean '{suggestion}'?", $"{Context.Zh}中有未知字段“{name}”；您是否想写“{suggestion}”？"),
                new Message($"the fields of {Context.En} are: {string.Join(", ", allowed)}", $"请只使用{Context.Zh}可用的字段：{string.Join("、", allowed)}"));
        }

        // All the fields a mapping lacks in one diagnostic: one place to fix, one line to read.
        var missing = _missing.Where(k => !meant.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(k => $"'{k}'"));
            _diagnostics.Error(
                DiagnosticCodes.MissingField,
                Span,
                missing.Count == 1
                    ? new Message($"missing field '{missing[0]}' in {Context.En}", $"{Context.Zh}缺少字段“{missing[0]}”")
                    : new Message($"missing fields in {Context.En}: {names}", $"{Context.Zh}缺少字段：{string.Join("、", missing.Select(k => $"“{k}”"))}"),
                new Message("docs/data.md describes every field, with examples", "每个字段的说明和示例见docs/data.md"));
        }

        _missing.Clear();
    }

    /// <summary>Notes a missing required field; it is reported by <see cref="ReportUnknownFields"/>.</summary>
    public void ReportMissing(string key) => _missing.Add(key);

    private string? Translation(Language language, string parent)
    {
        var node = Node(language.Code);
        var name = new Message($"{language.Pick("Chinese", "English")} ({language.Code})", $"{language.Pick("中文", "英文")}（{language.Code}）");
        if (node is null)
        {
            _diagnostics.Error(
                DiagnosticCodes.MissingTranslation,
                Span,
                new Message($"'{parent}' has no {name.En} text; both languages are required", $"字段“{parent}”缺少{name.Zh}文本；中英文都必须填写"),
                new Message(
                    $"under '{parent}', add a line '{language.Code}: …' lined up with '{language.Other.Code}:' (or, written on one line, '{{ zh: …, en: … }}')",
                    $"请在“{parent}”下、“{language.Other.Code}:”这一行的{language.Pick("上面", "下面")}另起一行，写“{language.Code}: ”和{language.Pick("中文", "英文")}，与“{language.Other.Code}:”对齐（写在一行时为“{{ zh: …, en: … }}”）"));
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _diagnostics.Error(
                DiagnosticCodes.WrongType,
                YamlFile.SpanOf(Path, node),
                new Message($"'{parent}.{language.Code}' must be text", $"字段“{parent}.{language.Code}”必须是文本"));
            return null;
        }

        var value = Normalize(scalar.Value);
        if (string.IsNullOrWhiteSpace(value))
        {
            _diagnostics.Error(
                DiagnosticCodes.MissingTranslation,
                YamlFile.SpanOf(Path, node),
                new Message($"'{parent}' has empty {name.En} text; both languages are required", $"字段“{parent}”的{name.Zh}文本为空；中英文都必须填写"));
            return null;
        }

        if (language == Language.Zh)
        {
            _load.AddChineseText(YamlFile.Located(Path, scalar));
        }

        return value;
    }

    private string? String(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(key);
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            var kind = KindOf(node);
            _diagnostics.Error(
                DiagnosticCodes.WrongType,
                YamlFile.SpanOf(Path, node),
                new Message($"'{key}' in {Context.En} must be a single value, not a {kind.En}", $"{Context.Zh}中的字段“{key}”必须是单个值，不能是{kind.Zh}"));
            return null;
        }

        var value = Normalize(scalar.Value);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.MissingField, YamlFile.SpanOf(Path, node), new Message($"field '{key}' in {Context.En} is empty", $"{Context.Zh}中的字段“{key}”为空"));
            }

            return null;
        }

        return value;
    }

    private MappingReader? Mapping(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(key);
            }

            return null;
        }

        return From(_load, Path, node, new Message($"'{key}'", $"字段“{key}”"));
    }

    private YamlNode? Find(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    private static Message KindOf(YamlNode node) => node switch
    {
        YamlMappingNode => new Message("mapping", "映射"),
        YamlSequenceNode => new Message("list", "列表"),
        _ => new Message("value", "值"),
    };

    // Text is compared byte-exact later; NFC only unifies how the same characters are encoded, so an
    // editor's input method cannot make an identical-looking quote fail.
    private static string? Normalize(string? value) =>
        value?.Trim().Normalize(NormalizationForm.FormC);
}
