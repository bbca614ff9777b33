using System.Collections.Immutable;

namespace Site.Core.Hosting;

/// <summary>
/// Reads the <c>[[headers]]</c> rules of netlify.toml, so the local server sends exactly the headers
/// production sends (a CSP violation shows up locally before it ships). Only the subset of TOML that
/// file uses is understood: <c>for = "..."</c> and <c>[headers.values]</c> with one quoted value per line.
/// </summary>
public static class NetlifyHeaders
{
    public static ImmutableArray<HeaderRule> Parse(string toml)
    {
        var rules = ImmutableArray.CreateBuilder<HeaderRule>();
        string? pattern = null;
        var values = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        var inHeaders = false;
        var inValues = false;

        void Flush()
        {
            if (pattern is not null)
            {
                rules.Add(new HeaderRule(pattern, values.ToImmutable()));
            }

            pattern = null;
            values.Clear();
        }

        foreach (var raw in toml.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                if (line == "[[headers]]")
                {
                    Flush();
                    inHeaders = true;
                    inValues = false;
                }
                else if (line == "[headers.values]" && inHeaders)
                {
                    inValues = true;
                }
                else
                {
                    Flush();
                    inHeaders = inValues = false;
                }

                continue;
            }

            if (!inHeaders)
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var key = Unquote(line[..equals].Trim());
            var value = Unquote(line[(equals + 1)..].Trim());
            if (!inValues && key == "for")
            {
                pattern = value;
            }
            else if (inValues)
            {
                values.Add(KeyValuePair.Create(key, value));
            }
        }

        Flush();
        return rules.ToImmutable();
    }

    /// <summary>The headers for a path: every matching rule, later rules overriding earlier ones.</summary>
    public static IReadOnlyDictionary<string, string> For(ImmutableArray<HeaderRule> rules, string path)
    {
        var result = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => r.Matches(path)))
        {
            foreach (var (key, value) in rule.Values)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : text;
}
