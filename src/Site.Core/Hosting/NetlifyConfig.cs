using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Core.Hosting;

/// <summary>
/// netlify.toml as the local server needs it: the <c>[[headers]]</c> rules (so a CSP violation shows up
/// locally before it ships) and the <c>[[redirects]]</c> rules (so "/" and missing pages answer as in
/// production). One file drives both hosts, so they cannot drift apart. Only the subset of TOML the
/// file uses is understood: one <c>key = value</c> per line, quoted strings, integers, booleans, and
/// <c>conditions = { Language = ["en"] }</c> (a rule with any other condition is left out locally).
/// </summary>
public sealed partial record NetlifyConfig(ImmutableArray<HeaderRule> Headers, ImmutableArray<RedirectRule> Redirects)
{
    public static NetlifyConfig Empty { get; } = new([], []);

    public static NetlifyConfig Parse(string toml)
    {
        var headers = ImmutableArray.CreateBuilder<HeaderRule>();
        var redirects = ImmutableArray.CreateBuilder<RedirectRule>();
        var table = Table.None;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();

        void Flush()
        {
            if (table is Table.Header or Table.HeaderValues && fields.TryGetValue("for", out var pattern))
            {
                headers.Add(new HeaderRule(pattern, values.ToImmutable()));
            }
            else if (table == Table.Redirect && fields.TryGetValue("from", out var from) && fields.TryGetValue("to", out var to))
            {
                var status = fields.TryGetValue("status", out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 301;
                var force = fields.TryGetValue("force", out var f) && f == "true";
                var languages = fields.TryGetValue("conditions", out var c) ? LanguageCondition(c) : [];
                // A condition the local server cannot judge (Country, Role) must not turn into no condition.
                if (c is null || !languages.IsEmpty)
                {
                    redirects.Add(new RedirectRule(from, to, status, force, languages));
                }
            }

            fields.Clear();
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
                if (line == "[headers.values]" && table == Table.Header)
                {
                    table = Table.HeaderValues;
                    continue;
                }

                Flush();
                table = line switch
                {
                    "[[headers]]" => Table.Header,
                    "[[redirects]]" => Table.Redirect,
                    _ => Table.None,
                };
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || table == Table.None)
            {
                continue;
            }

            var key = Unquote(line[..equals].Trim());
            var value = Unquote(line[(equals + 1)..].Trim());
            if (table == Table.HeaderValues)
            {
                values.Add(KeyValuePair.Create(key, value));
            }
            else
            {
                fields[key] = value;
            }
        }

        Flush();
        return new NetlifyConfig(headers.ToImmutable(), redirects.ToImmutable());
    }

    /// <summary>The headers for a path: every matching rule, later rules overriding earlier ones.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var result = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => r.Matches(path)))
        {
            foreach (var (key, value) in rule.Values)
            {
                result[key] = value;
            }
        }

        return result;
    }

    /// <summary>
    /// The redirect rule that answers a request, or null to serve the file at the path. Rules are tried
    /// top to bottom and the first match decides; an unforced rule never hides a file that exists
    /// (Netlify's "shadowing").
    /// </summary>
    public RedirectRule? RedirectFor(string path, bool fileExists, string? acceptLanguage)
    {
        var rule = Redirects.FirstOrDefault(r => r.Matches(path, acceptLanguage));
        return rule is not null && (rule.Force || !fileExists) ? rule : null;
    }

    private static ImmutableArray<string> LanguageCondition(string conditions) =>
        LanguageList().Match(conditions) is { Success: true } m
            ? [.. m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote)]
            : [];

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : text;

    [GeneratedRegex(@"Language\s*=\s*\[([^\]]*)\]")]
    private static partial Regex LanguageList();

    private enum Table
    {
        None,
        Header,
        HeaderValues,
        Redirect,
    }
}
