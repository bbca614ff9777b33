using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Search;

/// <summary>
/// Loads data/search-synonyms.yaml: <c>zh:</c> and <c>en:</c>, each a list of groups of two or more
/// words. The file is optional (a site without it simply has no synonyms); a malformed one fails the
/// build like any other data file.
/// </summary>
public static class LoadSynonyms
{
    public const string Path = "data/search-synonyms.yaml";

    public static Synonyms Run(SiteFiles files, DiagnosticBag diagnostics)
    {
        var path = files.Locate(Path);
        if (!files.Exists(path))
        {
            return Synonyms.None;
        }

        var map = MappingReader.From(new LoadContext(files, diagnostics), path, YamlFile.Load(files, path, diagnostics), new Message("the synonyms file", "同义词文件"));
        if (map is null)
        {
            return Synonyms.None;
        }

        var zh = Groups(map, "zh", diagnostics);
        var en = Groups(map, "en", diagnostics);
        map.ReportUnknownFields();
        return new Synonyms(zh, en);
    }

    private static ImmutableArray<ImmutableArray<string>> Groups(MappingReader map, string language, DiagnosticBag diagnostics)
    {
        var groups = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var node in map.Sequence(language, required: false))
        {
            if (node is not YamlSequenceNode list)
            {
                diagnostics.Error(
                    DiagnosticCodes.WrongType,
                    YamlFile.SpanOf(Path, node),
                    new Message($"each '{language}' entry must be a list of words, e.g. [lift, elevator]", $"“{language}”中的每一项都必须是词语列表，例如[lift, elevator]"));
                continue;
            }

            var words = list.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty).Trim()).ToImmutableArray();
            if (words.Length != list.Children.Count || words.Any(w => w.Length == 0) || words.Length < 2)
            {
                diagnostics.Error(
                    DiagnosticCodes.WrongType,
                    YamlFile.SpanOf(Path, node),
                    new Message("a synonym group lists two or more non-empty words", "每组同义词必须列出两个或更多不为空的词语"));
                continue;
            }

            groups.Add(words);
        }

        return groups.ToImmutable();
    }
}
