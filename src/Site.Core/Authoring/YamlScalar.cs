using System.Globalization;
using System.Text;

namespace Site.Core.Authoring;

/// <summary>
/// Writes a string as a YAML scalar an editor can read: plain where YAML reads it back as the same
/// string (most Chinese text, ids), else double-quoted with escapes. Never a form YAML would read as
/// a number, a boolean, null or a date.
/// </summary>
public static class YamlScalar
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static string Write(string text) => IsPlainSafe(text) ? text : Quoted(text);

    public static string Quoted(string text)
    {
        var result = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => result.Append("\\\""),
                '\\' => result.Append("\\\\"),
                '\n' => result.Append("\\n"),
                '\t' => result.Append("\\t"),
                < ' ' => result.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => result.Append(c),
            };
        }

        return result.Append('"').ToString();
    }

    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0])
        && !char.IsWhiteSpace(text[^1])
        && !Indicators.Contains(text[0], StringComparison.Ordinal)
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && !text.Any(char.IsControl)
        && !LooksLikeOtherType(text);

    // YAML 1.1 and 1.2 resolve these to numbers, booleans, null or timestamps.
    private static bool LooksLikeOtherType(string text) =>
        char.IsAsciiDigit(text[0]) || text[0] is '+' or '.'
        || text.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~";
}
