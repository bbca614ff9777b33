using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Site.SearchBench;

/// <summary>Words of the real report: clauses of its paragraphs, sentences of its translations, glossary names.</summary>
internal sealed partial record Vocabulary(string[] Clauses, string[] Sentences, (string Zh, string En)[] Names)
{
    public static Vocabulary Load(string repository)
    {
        var clauses = new List<string>();
        var sentences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "data", "sources"), "*.yaml"))
        {
            foreach (var paragraph in ((YamlSequenceNode)((YamlMappingNode)Root(file)).Children[new YamlScalarNode("paragraphs")]).Children.Cast<YamlMappingNode>())
            {
                // No digits: a synthetic quote's number must occur once in its paragraph.
                clauses.AddRange(ClauseBoundary().Split(Scalar(paragraph, "text")).Where(c => c.Length >= 4 && !Digit().IsMatch(c)));
                sentences.AddRange(SentenceBoundary().Split(Scalar(paragraph, "translation"))
                    .Select(s => s.Trim().TrimEnd('.', ';', ':'))
                    .Where(s => s.Length >= 20 && !Digit().IsMatch(s)));
            }
        }

        var names = ((YamlSequenceNode)Root(Path.Combine(repository, "data", "glossary.yaml"))).Children.Cast<YamlMappingNode>()
            .Select(e => (Zh: Scalar(e, "term"), En: Scalar(e, "en")))
            .Where(n => !Quoteish().IsMatch(n.Zh + n.En))
            .ToArray();
        return new Vocabulary([.. clauses], [.. sentences], names);
    }

    private static YamlNode Root(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    [GeneratedRegex("[,。;；]")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"(?<=[.;:])\s+")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex("[\\d\"“”]")]
    private static partial Regex Quoteish();
}
