using System.Text.Json;
using Json.Schema;

namespace Site.OutputTests.Support;

/// <summary>
/// The JSON Schemas a built site serves (/data/indicators.schema.json and /data/indicator.schema.json),
/// loaded into one registry so the per-indicator schema's references to the other resolve, and used to
/// evaluate the site's JSON files as a consumer would.
/// </summary>
public sealed class OpenDataSchemas
{
    private readonly JsonSchema _every;
    private readonly JsonSchema _one;

    public OpenDataSchemas(string output)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        _every = JsonSchema.FromText(File.ReadAllText(Path.Combine(output, "data", "indicators.schema.json")), options);
        _one = JsonSchema.FromText(File.ReadAllText(Path.Combine(output, "data", "indicator.schema.json")), options);
    }

    /// <summary>Every error, one line each with where it is; empty when the file is valid.</summary>
    public IReadOnlyList<string> Errors(string jsonFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonFile));
        var schema = Path.GetFileName(jsonFile) == "indicators.json" ? _every : _one;
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
