using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Site.Core.Model;
using Site.Core.Text;
using Site.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Schemas;

/// <summary>
/// The editor schemas in schemas/ fit the files editors work on: every YAML file of the site and of the
/// examples names its schema on its first line and is valid against it, .vscode/settings.json gives the
/// same schema to a file without that line, and each schema is a draft-07 schema whose every field is
/// described in Chinese, then English, with enums that are the engine's and examples that are real ids.
/// </summary>
public sealed class SchemaFileTests
{
    private const string ModelinePrefix = "# yaml-language-server: $schema=";

    private static readonly string[] MessageKeywords = ["errorMessage", "patternErrorMessage"];

    public static TheoryData<string> Files() => [.. EditorSchemas.SiteFiles()];

    public static TheoryData<string> Schemas() =>
        [.. SchemaNames()];

    private static IEnumerable<string> SchemaNames() =>
        Directory.EnumerateFiles(EditorSchemas.Folder, "*.schema.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void TheSiteAndTheExampleHaveFilesOfEveryKind()
    {
        var files = EditorSchemas.SiteFiles();
        Assert.Contains("input/elevator-retrofits.yaml", files);
        Assert.Contains("examples/two-reports/input/lift-retrofits.yaml", files);
        Assert.Contains("examples/two-reports/data/sources/example-2025-work-report.yaml", files);
        var used = files.Select(EditorSchemas.SchemaFor).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(SchemaNames(), used.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FirstLineNamesTheSchemaRelativeToTheFile(string file)
    {
        var firstLine = File.ReadLines(Path.Combine(RepositoryRoot.Path, file)).First();
        var schema = Path.GetRelativePath(Path.GetDirectoryName(Path.Combine(RepositoryRoot.Path, file))!, Path.Combine(EditorSchemas.Folder, EditorSchemas.SchemaFor(file))).Replace('\\', '/');
        Assert.Equal(ModelinePrefix + schema, firstLine);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.Combine(RepositoryRoot.Path, file))!, schema)), $"{file} names {schema}, which does not exist");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFileIsValidAgainstItsSchema(string file)
    {
        var errors = EditorSchemas.Errors(EditorSchemas.SchemaFor(file), File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)));
        Assert.True(errors.Count == 0, $"{file} does not match {EditorSchemas.SchemaFor(file)}:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void WorkspaceSettingsGiveEveryFileItsSchema()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".vscode", "settings.json")))!.AsObject();
        var associations = settings["yaml.schemas"]!.AsObject()
            .SelectMany(p => p.Value!.AsArray().Select(glob => (Schema: p.Key, Glob: Glob(glob!.GetValue<string>()))))
            .ToList();
        foreach (var file in EditorSchemas.SiteFiles())
        {
            var schemas = associations.Where(a => a.Glob.IsMatch(file)).Select(a => a.Schema).Distinct().ToList();
            Assert.True(schemas.Count == 1, $"{file} matches {schemas.Count} schemas in .vscode/settings.json: {string.Join(", ", schemas)}");
            Assert.Equal("./schemas/" + EditorSchemas.SchemaFor(file), schemas[0]);
        }

        Assert.All(settings["yaml.schemas"]!.AsObject(), p => Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, p.Key)), p.Key));
        Assert.Equal("utf8", settings["files.encoding"]!.GetValue<string>());
        Assert.True(settings["files.insertFinalNewline"]!.GetValue<bool>());
        Assert.True(settings["[yaml]"]!["editor.insertSpaces"]!.GetValue<bool>());
        Assert.Equal(2, settings["[yaml]"]!["editor.tabSize"]!.GetValue<int>());
    }

    [Fact]
    public void TheYamlExtensionIsRecommended()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".vscode", "extensions.json")))!;
        Assert.Contains("redhat.vscode-yaml", extensions["recommendations"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void SchemaIsDraft07(string schema)
    {
        var document = EditorSchemas.Document(schema);
        Assert.Equal("http://json-schema.org/draft-07/schema#", document["$schema"]!.GetValue<string>());
        Assert.False(document.ContainsKey("$defs"), "draft-07 keeps shared schemas under 'definitions'");
        using var json = JsonDocument.Parse(document.ToJsonString());
        var result = MetaSchemas.Draft7.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{schema} is not a valid draft-07 schema");
        Assert.NotNull(JsonSchema.FromText(document.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void EveryFieldIsDescribedInChineseThenEnglish(string schema)
    {
        var root = EditorSchemas.Document(schema);
        var described = new List<string>();
        foreach (var (path, field) in Fields(root, string.Empty))
        {
            var description = Description(root, field);
            Assert.True(description is not null, $"{schema}: {path} has no description");
            Bilingual(description!, $"{schema}: {path}");
            described.Add(path);
        }

        foreach (var (path, node) in Objects(root, string.Empty))
        {
            // The messages the editor shows instead of its own English ones (yaml-language-server reads them).
            foreach (var key in MessageKeywords.Where(node.ContainsKey))
            {
                Bilingual(node[key]!.GetValue<string>(), $"{schema}: {path}/{key}");
            }
        }

        Bilingual(root["title"]!.GetValue<string>(), $"{schema}: title");
        Bilingual(root["description"]!.GetValue<string>(), $"{schema}: description");
        Assert.True(described.Count > 0 || root["additionalProperties"] is JsonObject, $"{schema} describes no field");
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void EveryMappingRefusesUnknownFields(string schema)
    {
        foreach (var (path, node) in Objects(EditorSchemas.Document(schema), string.Empty))
        {
            if (node["type"] is JsonValue type && type.GetValue<string>() == "object" && node.ContainsKey("properties"))
            {
                Assert.True(node["additionalProperties"] is JsonValue closed && closed.GetValueKind() == JsonValueKind.False, $"{schema}: {path} allows unknown fields");
            }
        }
    }

    [Fact]
    public void EnumsAreTheEnginesValues()
    {
        Assert.Equal(Names<Stage>(Stage.None), Enum("indicator.schema.json", "/definitions/stage"));
        Assert.Equal(Names<FigureRelation>(FigureRelation.Headline), Enum("indicator.schema.json", "/definitions/figure/properties/relation"));
        Assert.Equal(Names<UnitFormat>(), Enum("units.schema.json", "/definitions/unit/properties/format"));
        Assert.Equal(Names<QualifierPosition>(), Enum("qualifiers.schema.json", "/definitions/qualifier/properties/position"));
        Assert.Equal(Names<Direction>(Direction.None), Enum("qualifiers.schema.json", "/definitions/qualifier/properties/direction"));
    }

    [Fact]
    public void ExamplesAreIdsTheDataDefines()
    {
        // Ids come from data and may grow: the schemas offer them as examples (completion), never as an
        // enum. An example that is not a real id would teach a wrong one.
        Assert.Subset(Ids("data/units.yaml"), Examples("indicator.schema.json", "/definitions/unit"));
        Assert.Subset(Ids("data/qualifiers.yaml"), Examples("indicator.schema.json", "/definitions/qualifier"));
        Assert.Subset(Ids("data/comparisons.yaml"), Examples("indicator.schema.json", "/definitions/basis"));
        var subThemes = Ids("data/themes.yaml", "subthemes");
        Assert.Subset(subThemes, Examples("indicator.schema.json", "/properties/theme"));
        Assert.Subset(Ids("data/themes.yaml").Union(subThemes).ToHashSet(StringComparer.Ordinal), Examples("source.schema.json", "/definitions/paragraph/properties/theme"));
        var documents = EditorSchemas.SiteFiles().Where(f => f.StartsWith("data/sources/", StringComparison.Ordinal)).Select(f => Root(f)["id"].ToString()).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(documents, Examples("indicator.schema.json", "/definitions/source/properties/document"));
    }

    [Theory]
    [InlineData("indicator.schema.json", "/properties/id")]
    [InlineData("themes.schema.json", "/definitions/section/properties/id")]
    [InlineData("themes.schema.json", "/definitions/subtheme/properties/id")]
    [InlineData("units.schema.json", "/definitions/unit/properties/id")]
    [InlineData("qualifiers.schema.json", "/definitions/qualifier/properties/id")]
    [InlineData("comparisons.schema.json", "/definitions/comparison/properties/id")]
    [InlineData("glossary.schema.json", "/definitions/entry/properties/id")]
    [InlineData("source.schema.json", "/properties/id")]
    [InlineData("source.schema.json", "/definitions/paragraph/properties/id")]
    public void AnIdBeingDefinedIsNeverSuggested(string schema, string field)
    {
        // Completing a new id with an existing one would write a duplicate (SITE005).
        var document = EditorSchemas.Document(schema);
        Assert.False(Pointer(document, field).ContainsKey("examples"), $"{schema}#{field} suggests ids");
        Assert.False(EditorSchemas.Resolve(document, Pointer(document, field)).ContainsKey("examples"), $"{schema}#{field} suggests ids");
    }

    // Chinese first, with full-width punctuation, then " / " and the English.
    private static void Bilingual(string text, string where)
    {
        var split = text.IndexOf(" / ", StringComparison.Ordinal);
        Assert.True(split > 0, $"{where}: '{text}' is not 'Chinese / English'");
        var (zh, en) = (text[..split], text[(split + 3)..]);
        Assert.True(zh.Any(Cjk.IsHan), $"{where}: '{zh}' is not Chinese");
        Assert.True(ChinesePunctuation.FindHalfWidth(zh) is null, $"{where}: '{zh}' has half-width punctuation");
        Assert.True(en.Any(char.IsAsciiLetter) && !en.Any(c => c is '，' or '。' or '；' or '：'), $"{where}: '{en}' is not English");
    }

    // Every field a mapping names (each entry of every 'properties'), with where it is.
    private static IEnumerable<(string Path, JsonObject Field)> Fields(JsonObject root, string path)
    {
        foreach (var (at, node) in Objects(root, path))
        {
            if (node["properties"] is JsonObject properties && !at.EndsWith("/then", StringComparison.Ordinal))
            {
                foreach (var (name, field) in properties)
                {
                    if (field is JsonObject schema)
                    {
                        yield return ($"{at}/properties/{name}", schema);
                    }
                }
            }
        }
    }

    // Every schema object in a schema file, depth first.
    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonObject node, string path)
    {
        yield return (path, node);
        foreach (var (key, child) in node)
        {
            if (key is "examples" or "enum" or "defaultSnippets")
            {
                continue;
            }

            var children = child switch
            {
                JsonObject o => [(key, o)],
                JsonArray a => a.OfType<JsonObject>().Select((o, i) => ($"{key}/{i}", o)),
                _ => [],
            };
            foreach (var (name, o) in children)
            {
                foreach (var inner in Objects(o, $"{path}/{name}"))
                {
                    yield return inner;
                }
            }
        }
    }

    // A field's description, its own or that of the schema its $ref names (as the editor merges them).
    private static string? Description(JsonObject root, JsonObject field)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if (field["description"] is JsonValue description)
            {
                return description.GetValue<string>();
            }

            if (field["$ref"] is not JsonValue reference)
            {
                return null;
            }

            field = Pointer(root, reference.GetValue<string>()[1..]);
        }

        return null;
    }

    private static JsonObject Pointer(JsonObject root, string pointer)
    {
        JsonNode node = root;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[token]!;
        }

        return node.AsObject();
    }

    private static string[] Names<T>(params T[] except)
        where T : struct, Enum =>
        [.. System.Enum.GetValues<T>().Where(v => !except.Contains(v)).Select(v => v.ToString().ToLowerInvariant())];

    private static string[] Enum(string schema, string pointer) =>
        [.. EditorSchemas.At(schema, pointer)["enum"]!.AsArray().Select(v => v!.GetValue<string>())];

    private static HashSet<string> Examples(string schema, string pointer)
    {
        var document = EditorSchemas.Document(schema);
        var field = Pointer(document, pointer);
        var examples = field["examples"] ?? EditorSchemas.Resolve(document, field)["examples"];
        Assert.True(examples is JsonArray { Count: > 0 }, $"{schema}#{pointer} offers no examples");
        return [.. examples!.AsArray().Select(e => e!.GetValue<string>())];
    }

    // The ids of a list file's items, or of their children under a list field.
    private static HashSet<string> Ids(string file, string? children = null)
    {
        var items = ((YamlSequenceNode)Root(file)).Children.Cast<YamlMappingNode>();
        if (children is not null)
        {
            items = items.SelectMany(i => ((YamlSequenceNode)i[children]).Children.Cast<YamlMappingNode>());
        }

        return [.. items.Select(i => i["id"].ToString())];
    }

    private static YamlNode Root(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file))));
        return stream.Documents[0].RootNode;
    }

    // A glob of yaml.schemas as the YAML extension applies it: '**/' + glob, '*' within one folder.
    private static Regex Glob(string glob) =>
        new("^(.*/)?" + Regex.Escape(glob).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
