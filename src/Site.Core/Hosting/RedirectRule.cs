using System.Collections.Immutable;

namespace Site.Core.Hosting;

/// <summary>
/// A <c>[[redirects]]</c> rule of netlify.toml: <c>from</c> (exact, or ending in <c>/*</c>), <c>to</c>,
/// <c>status</c> (3xx redirects; 200 and 404 serve <c>to</c>'s content under the requested address),
/// <c>force</c> (apply even when a file exists at <c>from</c>) and an optional Language condition.
/// </summary>
public sealed record RedirectRule(string From, string To, int Status, bool Force, ImmutableArray<string> Languages)
{
    /// <summary>A 3xx rule sends the browser elsewhere; 200 and 404 rules answer with another file.</summary>
    public bool IsRedirect => Status is >= 300 and < 400;

    /// <summary>
    /// Whether the rule applies to a path and reader. Netlify's Language condition looks at the reader's
    /// first language only (see <see cref="LanguageChoice"/>).
    /// </summary>
    public bool Matches(string path, string? acceptLanguage)
    {
        var pathMatches = From.EndsWith("/*", StringComparison.Ordinal)
            ? path.StartsWith(From[..^1], StringComparison.Ordinal) || path == From[..^2]
            : path == From || (From.Length > 1 && path == From.TrimEnd('/') + "/");
        return pathMatches && (Languages.IsEmpty || Languages.Contains(LanguageChoice.FirstLanguage(acceptLanguage) ?? string.Empty, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Where the rule sends a path: <c>to</c>, with <c>:splat</c> standing for what <c>*</c> matched.</summary>
    public string Target(string path) =>
        From.EndsWith("/*", StringComparison.Ordinal) && To.Contains(":splat", StringComparison.Ordinal)
            ? To.Replace(":splat", path.Length >= From.Length - 1 ? path[(From.Length - 1)..] : string.Empty, StringComparison.Ordinal)
            : To;
}
