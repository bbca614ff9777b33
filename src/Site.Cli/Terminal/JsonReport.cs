using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Diagnostics;
using Site.Core.Pipeline;

namespace Site.Cli.Terminal;

/// <summary>
/// The result of `check --format json`: one JSON document on standard output and nothing else on either
/// stream, for editors' tools and bots. Messages and hints are given in both languages.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(BuildResult result, Func<Diagnostic, string> pathOf)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", result.Succeeded);
            json.WriteNumber("errors", result.Diagnostics.Count(d => d.Severity == Severity.Error));
            if (result.Site is { } site)
            {
                json.WriteNumber("indicators", site.Indicators.Length);
                json.WriteNumber("observations", site.Indicators.Sum(i => i.Observations.Length));
                json.WriteNumber("figures", site.FigureCount);
                json.WriteNumber("reports", site.Documents.Length);
                json.WriteNumber("pages", result.PageCount);
            }

            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("path", pathOf(diagnostic));
                json.WriteNumber("line", diagnostic.Span.Line);
                json.WriteNumber("column", diagnostic.Span.Column);
                Text(json, "message", diagnostic.Message);
                if (diagnostic.Hint is { } hint)
                {
                    Text(json, "hint", hint);
                }
                else
                {
                    json.WriteNull("hint");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Text(Utf8JsonWriter json, string name, Message message)
    {
        json.WriteStartObject(name);
        json.WriteString("zh", message.Zh);
        json.WriteString("en", message.En);
        json.WriteEndObject();
    }
}
