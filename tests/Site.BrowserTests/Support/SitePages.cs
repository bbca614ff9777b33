namespace Site.BrowserTests.Support;

/// <summary>The pages of a built site: every HTML file it wrote, as the path it is served at.</summary>
public static class SitePages
{
    /// <summary>Every HTML page's URL path ("/", "/en/", "/en/404.html"), search index files excluded.</summary>
    public static IReadOnlyList<string> All(string output) =>
        [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal))
            .Select(UrlPath)
            .Order(StringComparer.Ordinal)];

    /// <summary>The file a URL path is served from ("/en/" is en/index.html).</summary>
    public static string FileFor(string output, string urlPath)
    {
        var path = urlPath.Split('#')[0].TrimStart('/');
        return Path.Combine(output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }

    private static string UrlPath(string file) =>
        file == "index.html" ? "/" : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length] : "/" + file;
}
