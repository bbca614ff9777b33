using Site.Tests.Support;

namespace Site.Tests.Schemas;

/// <summary>
/// The editor schemas cannot drift from the loader. For each kind of mapping a site file has, a tiny
/// site gets one unknown field in a mapping of that kind; the real build reports it (SITE002) and its
/// hint lists the fields the loader accepts there ("the fields of figure 1 are: basis, label, ...").
/// That list must be exactly the fields the schema allows at the same place, and the schema must refuse
/// the unknown field too. A field added to a loader and not to its schema (or the other way) fails here.
/// </summary>
public sealed class SchemaDriftTests : IDisposable
{
    private const string Unknown = "xyzzy";

    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    /// <summary>
    /// One place per kind of mapping: the file, how the unknown field is put into it, the loader's name
    /// for the mapping (as its hint says it), and the schema and JSON Pointer of the same place.
    /// </summary>
    private static readonly Dictionary<string, Place> Places = new(StringComparer.Ordinal)
    {
        ["indicator"] = new("input/tax.yaml", Indicator(), After("id: tax-revenue", Unknown + ": 1"), "indicator", "indicator.schema.json", ""),
        ["indicator with observations"] = new("input/tax.yaml", Series(), After("id: tax-series", Unknown + ": 1"), "indicator", "indicator.schema.json", ""),
        ["observation"] = new("input/tax.yaml", Series(), After("  - period: 2023", "    " + Unknown + ": 1"), "observation 1", "indicator.schema.json", "/definitions/observation"),
        ["figure"] = new("input/tax.yaml", Indicator(), After("  - label: { zh: 同比增长, en: Growth }", "    " + Unknown + ": 1"), "figure 1", "indicator.schema.json", "/definitions/figure"),
        ["source"] = new("input/tax.yaml", Indicator(), After("  document: report", "  " + Unknown + ": 1"), "'source'", "indicator.schema.json", "/definitions/source"),
        ["source of a figure"] = new("input/tax.yaml", Indicator(), After("      quote: 同比增长18%", "      " + Unknown + ": 1"), "'source'", "indicator.schema.json", "/definitions/figureSource"),
        ["noun"] = new("input/tax.yaml", WithNoun(), Replace("noun: { one: yuan, other: yuan }", $"noun: {{ one: yuan, other: yuan, {Unknown}: 1 }}"), "'noun'", "indicator.schema.json", "/definitions/noun"),
        ["text in both languages"] = new("input/tax.yaml", Indicator(), Replace("label: { zh: 综合税收, en: \"Tax revenue\" }", $"label: {{ zh: 综合税收, en: \"Tax revenue\", {Unknown}: 1 }}"), "'label'", "indicator.schema.json", "/definitions/text"),
        ["correction"] = new("input/tax.yaml", WithCorrection(), After("    why: { zh: 原因。, en: The reason. }", "    " + Unknown + ": 1"), "correction 1", "indicator.schema.json", "/definitions/correction"),
        ["site settings"] = new("data/site.yaml", null, Append(Unknown + ": 1"), "site settings", "site.schema.json", ""),
        ["section"] = new("data/themes.yaml", null, After("- id: economy", "  " + Unknown + ": 1"), "section", "themes.schema.json", "/definitions/section"),
        ["section number"] = new("data/themes.yaml", null, Replace("number: { zh: （一）, en: \"1\" }", $"number: {{ zh: （一）, en: \"1\", {Unknown}: 1 }}"), "'number'", "themes.schema.json", "/definitions/number"),
        ["sub-theme"] = new("data/themes.yaml", null, After("    - id: digital", "      " + Unknown + ": 1"), "sub-theme", "themes.schema.json", "/definitions/subtheme"),
        ["unit"] = new("data/units.yaml", null, Replace("{ id: tai, zh: 台, kind: count }", $"{{ id: tai, zh: 台, kind: count, {Unknown}: 1 }}"), "unit", "units.schema.json", "/definitions/unit"),
        ["qualifier"] = new("data/qualifiers.yaml", null, Replace("{ id: reached, zh: 达, position: before, en: \"\" }", $"{{ id: reached, zh: 达, position: before, en: \"\", {Unknown}: 1 }}"), "qualifier", "qualifiers.schema.json", "/definitions/qualifier"),
        ["comparison"] = new("data/comparisons.yaml", null, Replace("{ id: year-on-year, zh: 同比, en: year on year }", $"{{ id: year-on-year, zh: 同比, en: year on year, {Unknown}: 1 }}"), "comparison", "comparisons.schema.json", "/definitions/comparison"),
        ["glossary entry"] = new("data/glossary.yaml", null, After("  term: 数字经济", "  " + Unknown + ": 1"), "glossary entry", "glossary.schema.json", "/definitions/entry"),
        ["source document"] = new("data/sources/report.yaml", null, After("id: report", Unknown + ": 1"), "source document", "source.schema.json", ""),
        ["paragraph"] = new("data/sources/report.yaml", null, After("  - id: p1", "    " + Unknown + ": 1"), "paragraph", "source.schema.json", "/definitions/paragraph"),
        ["codebook"] = new("data/codebook.yaml", null, Append(Unknown + ": 1"), "data dictionary", "codebook.schema.json", ""),
        ["codebook column"] = new("data/codebook.yaml", null, After("  - name: indicator_id", "    " + Unknown + ": 1"), "csv entry", "codebook.schema.json", "/definitions/column"),
        ["codebook field"] = new("data/codebook.yaml", null, After("  - field: schema_version", "    " + Unknown + ": 1"), "json entry", "codebook.schema.json", "/definitions/field"),
        ["search synonyms"] = new("data/search-synonyms.yaml", "zh:\n  - [电梯, 升降梯]\nen:\n  - [lift, elevator]\n", Append(Unknown + ": 1"), "the synonyms file", "synonyms.schema.json", ""),
    };

    public static TheoryData<string> Kinds() => [.. Places.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LoaderAndSchemaAcceptTheSameFields(string kind)
    {
        var place = Places[kind];
        var clean = place.Content ?? File.ReadAllText(Path.Combine(_site.Root, place.File));
        var broken = place.Edit(clean);
        Assert.NotEqual(clean, broken);
        Assert.True(EditorSchemas.Errors(place.Schema, clean).Count == 0, $"the tiny site's {place.File} does not match {place.Schema}:\n{string.Join("\n", EditorSchemas.Errors(place.Schema, clean))}");

        _site.WithSecondReport().Write(place.File, broken);
        var result = _site.Build(write: false);
        var unknown = result.Diagnostics.Where(d => d.Code == "SITE002" && d.Message.En.Contains($"'{Unknown}'", StringComparison.Ordinal)).ToList();
        Assert.True(unknown.Count == 1, $"expected one SITE002 for '{Unknown}', got:\n{string.Join("\n", result.Diagnostics.Select(d => d.FirstLine))}");
        var hint = unknown[0].Hint?.En ?? string.Empty;
        var lead = $"the fields of {place.Context} are: ";
        Assert.StartsWith(lead, hint, StringComparison.Ordinal);
        var loader = hint[lead.Length..].Split(", ").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(loader, EditorSchemas.PropertyNames(place.Schema, place.Pointer));
        var errors = EditorSchemas.Errors(place.Schema, broken);
        Assert.True(errors.Any(e => e.Contains(Unknown, StringComparison.Ordinal)), $"{place.Schema} does not refuse '{Unknown}':\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void EveryKindOfMappingIsCovered()
    {
        // Every mapping the schemas describe is one the loader was asked about above.
        var covered = Places.Values.Select(p => (p.Schema, p.Pointer)).ToHashSet();
        foreach (var schema in Directory.EnumerateFiles(EditorSchemas.Folder, "*.schema.json").Select(f => Path.GetFileName(f)))
        {
            if (schema is "strings.schema.json" or "coverage-exclusions.schema.json")
            {
                continue; // a map of free keys, and a file only a test reads
            }

            var document = EditorSchemas.Document(schema);
            var mappings = new List<string>();
            if (document.ContainsKey("properties"))
            {
                mappings.Add(string.Empty);
            }

            foreach (var (name, definition) in document["definitions"]?.AsObject() ?? [])
            {
                if (definition!["properties"] is not null)
                {
                    mappings.Add("/definitions/" + name);
                }
            }

            foreach (var pointer in mappings.Where(p => !covered.Contains((schema, p))))
            {
                // Each schema file is self-contained (an editor loads one file): the text in both
                // languages is copied into each, and every copy is the one compared above.
                Assert.True(pointer == "/definitions/text", $"{schema}#{pointer} is not compared with the loader");
                Assert.Equal(EditorSchemas.At("indicator.schema.json", pointer).ToJsonString(), EditorSchemas.At(schema, pointer).ToJsonString());
            }
        }
    }

    [Fact]
    public void ObservationFieldsAreRefusedAtTheTopOfAFileWithObservations()
    {
        // The loader's SITE028 list (LoadIndicators.ObservationFields) is the observation's fields; the
        // schema refuses exactly those at the top level when observations: is there.
        var schema = EditorSchemas.Document("indicator.schema.json");
        var refused = schema["then"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(EditorSchemas.PropertyNames("indicator.schema.json", "/definitions/observation"), refused);
        Assert.Equal(
            EditorSchemas.At("indicator.schema.json", "/definitions/observation")["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal),
            schema["else"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    private static string Indicator() => TestSite.TaxIndicator();

    private static string Series() => TestSite.SeriesIndicator();

    private static string WithNoun() => TestSite.TaxIndicator().Replace("featured: true", "featured: true\nnoun: { one: yuan, other: yuan }", StringComparison.Ordinal);

    private static string WithCorrection() => TestSite.TaxIndicator().Replace("updated: 2024-02-01", """
        updated: 2024-03-01
        corrections:
          - date: 2024-03-01
            what: { zh: 更正了数值。, en: The value was corrected. }
            why: { zh: 原因。, en: The reason. }
        """, StringComparison.Ordinal);

    // Inserts a line after the first line that is exactly 'line'.
    private static Func<string, string> After(string line, string inserted) => text =>
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l == line);
        Assert.True(at >= 0, $"no line '{line}' in:\n{text}");
        lines.Insert(at + 1, inserted);
        return string.Join('\n', lines);
    };

    private static Func<string, string> Replace(string from, string to) => text =>
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    };

    private static Func<string, string> Append(string line) => text => text.TrimEnd('\n') + "\n" + line + "\n";

    /// <summary>A file of the tiny site (its own content, or <paramref name="Content"/>) and where in it and in its schema a kind of mapping is.</summary>
    private sealed record Place(string File, string? Content, Func<string, string> Edit, string Context, string Schema, string Pointer);
}
