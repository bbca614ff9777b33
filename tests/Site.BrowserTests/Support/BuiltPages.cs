using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using YamlDotNet.RepresentationModel;

namespace Site.BrowserTests.Support;

/// <summary>
/// The built site's HTML pages parsed once with AngleSharp, and the production base URL the build
/// wrote into canonical, hreflang and sitemap links (data/site.yaml's base_url).
/// </summary>
public sealed class BuiltPages
{
    private BuiltPages(string output, string baseUrl, IReadOnlyDictionary<string, IDocument> pages)
    {
        Output = output;
        BaseUrl = baseUrl;
        Pages = pages;
    }

    public string Output { get; }

    /// <summary>The absolute URL prefix, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Every page by its URL path ("/", "/en/", "/en/404.html").</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public static BuiltPages Load(string output)
    {
        var parser = new HtmlParser();
        var pages = SitePages.All(output).ToDictionary(p => p, p => (IDocument)parser.ParseDocument(File.ReadAllText(SitePages.FileFor(output, p))), StringComparer.Ordinal);
        return new BuiltPages(output, ReadBaseUrl(), pages);
    }

    /// <summary>The URL path of an absolute URL of this site, or null when it points elsewhere.</summary>
    public string? PathOf(string absolute) =>
        absolute.StartsWith(BaseUrl + "/", StringComparison.Ordinal) ? absolute[BaseUrl.Length..].Split('#')[0] : null;

    public string Absolute(string path) => BaseUrl + path;

    /// <summary>A page's hreflang alternates, hreflang to absolute URL.</summary>
    public static IReadOnlyDictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .GroupBy(l => l.GetAttribute("hreflang")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(l => l.GetAttribute("href"))), StringComparer.Ordinal);

    public static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    public static bool IsIndexable(IDocument page) =>
        !(Meta(page, "meta[name=robots]") ?? string.Empty).Contains("noindex", StringComparison.Ordinal);

    private static string ReadBaseUrl()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "site.yaml")));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlScalarNode)root[new YamlScalarNode("base_url")]).Value!.TrimEnd('/');
    }
}
