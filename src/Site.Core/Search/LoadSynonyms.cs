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

        var map = MappingReader.From(new LoadContext(files, diagnostics), path, YamlFile.Parse(path, files.Read(path), diagnostics), "the synonyms file");
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
                diagnostics.Error(DiagnosticCodes.WrongType, YamlFile.SpanOf(Path, node), $"each '{language}' entry must be a list of words, e.g. [lift, elevator]");
                continue;
            }

            var words = list.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty).Trim()).ToImmutableArray();
            if (words.Length != list.Children.Count || words.Any(w => w.Length == 0) || words.Length < 2)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, YamlFile.SpanOf(Path, node), "a synonym group lists two or more non-empty words");
                continue;
            }

            groups.Add(words);
        }

        return groups.ToImmutable();
    }
}
