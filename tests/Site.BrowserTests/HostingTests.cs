using System.Net;
using System.Text.RegularExpressions;
using Site.BrowserTests.Support;
using Site.Core.Hosting;

namespace Site.BrowserTests;

/// <summary>
/// The served site answers like the production host (netlify.toml): security headers on every
/// response, year-long immutable caching only for content-hashed files, "/" sent to the reader's
/// language with the static chooser kept, and each language's own 404 page.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed partial class HostingTests(ServedSite site) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(site.BaseUrl) };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task EveryPageIsServedWithAStrictSecurityPolicy()
    {
        var wrong = new List<string>();
        foreach (var path in SitePages.All(site.Output).Append("/en/no-such-page/").Append("/assets/"))
        {
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
            wrong.AddRange(SecurityProblems(response).Select(p => $"{path}: {p}"));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task OnlyContentHashedFilesAreCachedForever()
    {
        var wrong = new List<string>();
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in files)
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal), UriKind.Relative));
            using var response = await _http.SendAsync(request);
            var cache = response.Headers.CacheControl?.ToString() ?? string.Empty;
            var immutable = cache.Contains("immutable", StringComparison.Ordinal);
            var hashed = ContentHash().IsMatch(Path.GetFileName(path));
            if (immutable && !hashed)
            {
                wrong.Add($"{path} is cached as immutable but its name carries no content hash");
            }

            if (path.StartsWith("/assets/", StringComparison.Ordinal) && !(immutable && cache.Contains("max-age=31536000", StringComparison.Ordinal)))
            {
                wrong.Add($"{path} is a fingerprinted asset but is cached with '{cache}'");
            }
        }

        Assert.Contains(files, f => f.StartsWith("/assets/site.", StringComparison.Ordinal));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "/zh/")]
    [InlineData("zh-TW", "/zh/")]
    [InlineData("en-GB,en;q=0.9", "/en/")]
    [InlineData("en-US,en;q=0.9,zh-CN;q=0.8", "/en/")]
    public async Task TheRootSendsReadersToTheirLanguage(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr-FR,fr;q=0.9")]
    [InlineData("de-DE,de;q=0.9,en;q=0.5")]
    public async Task TheRootShowsTheChooserWhenTheFirstLanguageIsNeither(string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/zh/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/no-such-page/", "lang=\"en\"", "Page not found")]
    [InlineData("/en/indicators/no-such-indicator/", "lang=\"en\"", "Page not found")]
    [InlineData("/zh/no-such-page/", "lang=\"zh-CN\"", "页面不存在")]
    [InlineData("/no-such-page", "lang=\"zh-CN\"", "页面不存在")]
    public async Task MissingPagesAnswer404InTheirLanguage(string path, string lang, string title)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(lang, html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Empty(SecurityProblems(response));
    }

    [Fact]
    public void NetlifyTomlForcesTheLanguageRedirectsOverTheChooserAndMirrorsThe404s()
    {
        var redirects = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "netlify.toml"))).Redirects;
        var root = redirects.Where(r => r.From == "/").ToList();
        Assert.Equal(2, root.Count);
        // Forced: without it Netlify serves the chooser at /index.html and never applies the rule.
        Assert.All(root, r => Assert.True(r.Force && r.IsRedirect, $"{r.From} -> {r.To}"));
        Assert.Contains(root, r => r.To == "/zh/" && r.Languages.SequenceEqual(["zh"]));
        Assert.Contains(root, r => r.To == "/en/" && r.Languages.SequenceEqual(["en"]));
        foreach (var (from, to) in new[] { ("/en/*", "/en/404.html"), ("/zh/*", "/zh/404.html"), ("/*", "/zh/404.html") })
        {
            Assert.Contains(redirects, r => r.From == from && r.To == to && r.Status == 404 && !r.Force && r.Languages.IsEmpty);
        }
    }

    [Fact]
    public void NoPageOrStylesheetLoadsAnythingFromAnotherSite()
    {
        var wrong = new List<string>();
        var built = BuiltPages.Load(site.Output);
        foreach (var (path, page) in built.Pages)
        {
            // Resources, not links: a link to the repository is fine, a script, font or image from elsewhere is not.
            var resources = page.QuerySelectorAll("script[src], link[href]:not([rel~='canonical']):not([rel~='alternate']), img[src], iframe, object, embed, source[src], video[src], audio[src]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.TagName);
            wrong.AddRange(resources.Where(u => !u.StartsWith('/') || u.StartsWith("//", StringComparison.Ordinal))
                .Where(u => !u.StartsWith("data:", StringComparison.Ordinal))
                .Select(u => $"{path}: {u}"));
            wrong.AddRange(page.QuerySelectorAll("[style]").Select(e => $"{path}: inline style on <{e.LocalName}>"));
            wrong.AddRange(page.QuerySelectorAll("script:not([type='application/ld+json'])").Where(e => !e.HasAttribute("src")).Select(_ => $"{path}: inline script"));
        }

        foreach (var css in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(css);
            if (ExternalInCss().Match(text) is { Success: true } m)
            {
                wrong.Add($"{Path.GetRelativePath(site.Output, css)}: {m.Value}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    private static IEnumerable<string> SecurityProblems(HttpResponseMessage response)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;

        var csp = Header("Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        foreach (var required in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'" })
        {
            if (!directives.TryGetValue(required.Split(' ')[0], out var actual) || !actual.StartsWith(required, StringComparison.Ordinal))
            {
                yield return $"CSP lacks \"{required}\": {csp}";
            }
        }

        foreach (var loose in new[] { "'unsafe-inline'", "'unsafe-eval'", "http:", "https:", "*" })
        {
            if (csp.Split(' ', ';').Contains(loose))
            {
                yield return $"CSP allows {loose}: {csp}";
            }
        }

        var hsts = HstsMaxAge().Match(Header("Strict-Transport-Security"));
        if (!hsts.Success || long.Parse(hsts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 31536000)
        {
            yield return $"HSTS is missing or shorter than a year: '{Header("Strict-Transport-Security")}'";
        }

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            yield return "X-Content-Type-Options is not nosniff";
        }

        if (Header("Referrer-Policy") is not ("strict-origin-when-cross-origin" or "strict-origin" or "no-referrer" or "same-origin"))
        {
            yield return $"Referrer-Policy is '{Header("Referrer-Policy")}'";
        }

        var permissions = Header("Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()" })
        {
            if (!permissions.Contains(feature, StringComparison.Ordinal))
            {
                yield return $"Permissions-Policy does not deny {feature}: '{permissions}'";
            }
        }
    }

    [GeneratedRegex(@"(@import|url\(\s*['""]?)\s*(https?:)?//")]
    private static partial Regex ExternalInCss();

    [GeneratedRegex(@"(^|[._-])[0-9a-f]{7,}([._]|$)")]
    private static partial Regex ContentHash();

    [GeneratedRegex(@"max-age=(\d+)")]
    private static partial Regex HstsMaxAge();
}
