using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Loads data/i18n/zh.yaml and data/i18n/en.yaml. A site with a base reads the base's strings first and
/// its own over them, key by key, so an example site overrides only what it says differently. A key
/// present in one language and missing from the other is SITE021 at the key's position: an
/// untranslated interface string never reaches a page.
/// </summary>
public static class LoadInterfaceStrings
{
    public static string PathFor(Language language) => $"data/i18n/{language.Code}.yaml";

    public static InterfaceStrings Run(LoadContext context)
    {
        var zh = Read(context, Language.Zh);
        var en = Read(context, Language.En);
        // A file that did not parse has already been reported; comparing against it would only add noise.
        if (zh is not null && en is not null)
        {
            Compare(context, zh, en, Language.En);
            Compare(context, en, zh, Language.Zh);
        }

        zh ??= [];
        en ??= [];
        return new InterfaceStrings(
            zh.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal),
            en.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal));
    }

    private static Dictionary<string, (string Text, SourceSpan Span)>? Read(LoadContext context, Language language)
    {
        var files = context.Files.Every(PathFor(language));
        if (files.Count == 0)
        {
            context.ParseFile(PathFor(language)); // reports the missing file
            return null;
        }

        var result = new Dictionary<string, (string, SourceSpan)>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            if (!ReadInto(context, language, path, result))
            {
                return null;
            }
        }

        return result;
    }

    private static bool ReadInto(LoadContext context, Language language, string path, Dictionary<string, (string Text, SourceSpan Span)> result)
    {
        var root = YamlFile.Load(context.Files, path, context.Diagnostics);
        if (root is null)
        {
            return false;
        }

        if (root is not YamlMappingNode map)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.WrongType,
                YamlFile.SpanOf(path, root),
                new Message($"'{path}' must map string keys to text", $"“{path}”必须是映射（名称: 界面文字）"));
            return false;
        }

        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (value is not YamlScalarNode { Value: { } text } scalar || string.IsNullOrWhiteSpace(text))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.MissingInterfaceString,
                    YamlFile.SpanOf(path, value),
                    new Message($"interface string '{name}' is empty in {EnglishName(language)}", $"界面文字“{name}”的{ChineseName(language)}为空"));
                continue;
            }

            if (language == Language.Zh)
            {
                context.AddChineseText(YamlFile.Located(path, scalar));
            }

            // Kept as written: only a quoted string can carry outer spaces, and then they are meant
            // ("Cited words: " is read aloud before the quoted words, which follow without a space).
            result[name] = (text, YamlFile.SpanOf(path, key));
        }

        return true;
    }

    private static void Compare(
        LoadContext context,
        Dictionary<string, (string Text, SourceSpan Span)> have,
        Dictionary<string, (string Text, SourceSpan Span)> other,
        Language otherLanguage)
    {
        foreach (var (key, (_, span)) in have.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!other.ContainsKey(key))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.MissingInterfaceString,
                    span,
                    new Message(
                        $"interface string '{key}' has no {EnglishName(otherLanguage)} text in {PathFor(otherLanguage)}",
                        $"界面文字“{key}”在{PathFor(otherLanguage)}中没有{ChineseName(otherLanguage)}"));
            }
        }
    }

    // A language's version of an interface string, named in Chinese.
    private static string ChineseName(Language language) => language.Pick("中文版本", "英文版本");

    // Each message names the languages in its own language ("Chinese", not "中文", in English).
    private static string EnglishName(Language language) => language.Pick("Chinese (zh)", "English (en)");
}
