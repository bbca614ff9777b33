using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Site.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schemas/ that editors (VS Code, github.dev with Red Hat's YAML extension) use to
/// check site files as they are typed: which schema a file uses, evaluating a YAML text against it as
/// the editor would, and reading what a schema allows at a place.
/// </summary>
public static class EditorSchemas
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "schemas");

    /// <summary>Every site (the repository's own and each example), as a folder relative to the repository.</summary>
    public static IReadOnlyList<string> Sites { get; } =
        [string.Empty, .. Directory.EnumerateDirectories(Path.Combine(RepositoryRoot.Path, "examples")).Order(StringComparer.Ordinal).Select(d => "examples/" + Path.GetFileName(d) + "/")];

    /// <summary>
    /// Every YAML file of every site that an editor works on: input/, data/, data/i18n/ and data/sources/,
    /// as paths relative to the repository with '/' separators.
    /// </summary>
    public static IReadOnlyList<string> SiteFiles() =>
        [.. Sites.SelectMany(site => Folders.SelectMany(folder => YamlFilesIn(site + folder)))];

    private static readonly string[] Folders = ["input", "data", "data/i18n", "data/sources"];

    /// <summary>The schema file (in schemas/) for a YAML file, from its path within its site.</summary>
    public static string SchemaFor(string path)
    {
        var parts = path.Split('/');
        return parts[^2] switch
        {
            "input" => "indicator.schema.json",
            "i18n" => "strings.schema.json",
            "sources" => "source.schema.json",
            "data" => parts[^1] switch
            {
                "search-synonyms.yaml" => "synonyms.schema.json",
                var name => Path.GetFileNameWithoutExtension(name) + ".schema.json",
            },
            _ => throw new ArgumentException($"no schema for '{path}'", nameof(path)),
        };
    }

    /// <summary>The schema file as JSON, to read what it allows.</summary>
    public static JsonObject Document(string schema) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, schema)))!.AsObject();

    /// <summary>Every error evaluating <paramref name="yaml"/> against <paramref name="schema"/>, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string schema, string yaml)
    {
        var built = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, schema)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = YamlJson.Parse(yaml);
        var result = built.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")), "(invalid)"];
    }

    /// <summary>
    /// The schema object at <paramref name="place"/>, a JSON Pointer within a schema file (<c>""</c> is the root), following
    /// <c>$ref</c>s within the file.
    /// </summary>
    public static JsonObject At(string schema, string place) => Resolve(Document(schema), Follow(Document(schema), place));

    /// <summary>The field names a mapping may have at <paramref name="place"/>: the keys of its <c>properties</c>.</summary>
    public static IReadOnlyList<string> PropertyNames(string schema, string place)
    {
        var mapping = At(schema, place);
        Assert.True(mapping["additionalProperties"] is JsonValue closed && closed.GetValueKind() == JsonValueKind.False, $"{schema}#{place} does not refuse unknown fields (additionalProperties: false)");
        return [.. mapping["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>Follows <c>$ref</c> (within the same file) until a schema object without one.</summary>
    public static JsonObject Resolve(JsonObject root, JsonObject schema)
    {
        for (var hops = 0; schema["$ref"] is JsonValue reference; hops++)
        {
            Assert.True(hops < 10, "a $ref cycle");
            var target = reference.GetValue<string>();
            Assert.StartsWith("#", target, StringComparison.Ordinal);
            schema = Follow(root, target[1..]);
        }

        return schema;
    }

    private static JsonObject Follow(JsonObject root, string place)
    {
        JsonNode node = root;
        foreach (var token in place.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new ArgumentException($"nothing at '{place}'", nameof(place));
        }

        return node.AsObject();
    }

    private static IEnumerable<string> YamlFilesIn(string folder)
    {
        var full = Path.Combine(RepositoryRoot.Path, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*.yaml").Select(f => folder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)
            : [];
    }
}
