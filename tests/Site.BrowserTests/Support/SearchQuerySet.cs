using YamlDotNet.RepresentationModel;

namespace Site.BrowserTests.Support;

/// <summary>One query of a query set: typed on the search page of <see cref="Lang"/>, answered when every fragment is found.</summary>
public sealed record SearchQuery(string Lang, string Q, IReadOnlyList<string> Expect, string Why);

/// <summary>Reads a query set (tests/Site.BrowserTests/search-queries*.yaml): a list under <c>queries:</c>.</summary>
public static class SearchQuerySet
{
    public static IReadOnlyList<SearchQuery> Load(string fileName)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Site.BrowserTests", fileName);
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var queries = (YamlSequenceNode)root.Children[new YamlScalarNode("queries")];
        return [.. queries.Children.Cast<YamlMappingNode>().Select(q => new SearchQuery(
            Scalar(q, "lang"),
            Scalar(q, "q"),
            [.. ((YamlSequenceNode)q.Children[new YamlScalarNode("expect")]).Children.Cast<YamlScalarNode>().Select(s => s.Value!)],
            q.Children.TryGetValue(new YamlScalarNode("why"), out var why) ? ((YamlScalarNode)why).Value ?? string.Empty : string.Empty))];
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
