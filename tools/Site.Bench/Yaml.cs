namespace Site.Bench;

/// <summary>Writes YAML scalars: every text double-quoted, so no text of the report can be read as anything else.</summary>
internal static class Yaml
{
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string Localized(Phrase phrase) => $"{{ zh: {Quote(phrase.Zh)}, en: {Quote(phrase.En)} }}";
}
