using System.Collections.Immutable;

namespace Site.Core.Hosting;

/// <summary>Response headers for paths matching a Netlify-style pattern (<c>/*</c>, <c>/assets/*</c>).</summary>
public sealed record HeaderRule(string Pattern, ImmutableArray<KeyValuePair<string, string>> Values)
{
    public bool Matches(string path)
    {
        if (Pattern.EndsWith('*'))
        {
            return path.StartsWith(Pattern[..^1], StringComparison.Ordinal);
        }

        return string.Equals(path, Pattern, StringComparison.Ordinal);
    }
}
