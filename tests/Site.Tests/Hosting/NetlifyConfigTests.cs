using Site.Core.Hosting;

namespace Site.Tests.Hosting;

/// <summary>
/// The subset of netlify.toml the local server reads: header rules and how they combine for a path, and
/// redirect rules as Netlify applies them (first match, shadowing by existing files, Language conditions).
/// </summary>
public sealed class NetlifyConfigTests
{
    private const string Toml = """
        [build]
          publish = "output"

        [[redirects]]
          from = "/"
          to = "/en/"
          status = 302
          force = true
          conditions = { Language = ["en", 'fr'] }

        [[redirects]]
          from = "/old/*"
          to = "/new/:splat"

        [[redirects]]
          from = "/"
          to = "/de/"
          status = 302
          force = true
          conditions = { Country = ["DE"] }

        [[redirects]]
          from = "/en/*"
          to = "/en/404.html"
          status = 404

        # every response
        [[headers]]
          for = "/*"
          [headers.values]
            Content-Security-Policy = "default-src 'self'"
            X-Frame-Options = "DENY"

        [[headers]]
          for = "/assets/*"
          [headers.values]
            Cache-Control = "public, max-age=31536000, immutable"

        [[headers]]
          for = "/data/indicators.json"
          [headers.values]
            X-Frame-Options = 'SAMEORIGIN'
            Link = "<https://example.org/\"a\">; rel=alternate"

        [context.production]
          command = "make"
        """;

    private static readonly NetlifyConfig Config = NetlifyConfig.Parse(Toml);

    [Fact]
    public void ReadsEveryHeadersRuleAndNothingElse()
    {
        Assert.Equal(["/*", "/assets/*", "/data/indicators.json"], Config.Headers.Select(r => r.Pattern));
        Assert.Equal(["Content-Security-Policy", "X-Frame-Options"], Config.Headers[0].Values.Select(v => v.Key));
        Assert.Equal("default-src 'self'", Config.Headers[0].Values[0].Value);
    }

    [Fact]
    public void EveryMatchingHeaderRuleAppliesAndLaterRulesWin()
    {
        var asset = Config.HeadersFor("/assets/site.0123abcd.css");
        Assert.Equal("DENY", asset["X-Frame-Options"]);
        Assert.Equal("public, max-age=31536000, immutable", asset["cache-control"]);

        var data = Config.HeadersFor("/data/indicators.json");
        Assert.Equal("SAMEORIGIN", data["X-Frame-Options"]);
        Assert.Equal("<https://example.org/\"a\">; rel=alternate", data["Link"]);
        Assert.False(data.ContainsKey("Cache-Control"));

        Assert.False(Config.HeadersFor("/data/indicators.json.bak").ContainsKey("Link"));
        Assert.False(Config.HeadersFor("/assets").ContainsKey("Cache-Control"));
    }

    [Fact]
    public void ReadsRedirectRulesWithTheirDefaultsAndLeavesOutConditionsItCannotJudge()
    {
        var rules = Config.Redirects;
        // The Country rule is left out: taking it as unconditional would send everyone to /de/.
        Assert.Equal(["/", "/old/*", "/en/*"], rules.Select(r => r.From));
        Assert.Equal((302, true), (rules[0].Status, rules[0].Force));
        Assert.Equal("en,fr", string.Join(",", rules[0].Languages));
        Assert.Equal((301, false, 0), (rules[1].Status, rules[1].Force, rules[1].Languages.Length));
        Assert.False(rules[2].IsRedirect);
    }

    [Theory]
    [InlineData("/", true, "en-GB,en;q=0.9", "/en/")]
    [InlineData("/", true, "FR", "/en/")]
    [InlineData("/", true, "de-DE,en;q=0.5", null)]
    [InlineData("/", true, null, null)]
    [InlineData("/old/a/b.html", false, null, "/new/a/b.html")]
    [InlineData("/en/indicators/tax/", true, "zh", null)]
    [InlineData("/en/no-such-page/", false, "zh", "/en/404.html")]
    [InlineData("/en", false, null, "/en/404.html")]
    [InlineData("/elsewhere", false, null, null)]
    public void TheFirstMatchingRuleDecidesAndAFileShadowsAnUnforcedRule(string path, bool fileExists, string? acceptLanguage, string? target)
    {
        var rule = Config.RedirectFor(path, fileExists, acceptLanguage);
        Assert.Equal(target, rule?.Target(path));
    }

    [Fact]
    public void TheRepositorysOwnFileSendsRootByLanguageAndMissingPagesToTheirLanguagesNotFoundPage()
    {
        var config = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "netlify.toml")));
        Assert.Equal("/zh/", config.RedirectFor("/", true, "zh-CN,zh;q=0.9")?.Target("/"));
        Assert.Equal("/en/", config.RedirectFor("/", true, "en-US")?.Target("/"));
        Assert.Null(config.RedirectFor("/", true, "ja"));
        Assert.Equal((404, "/en/404.html"), (config.RedirectFor("/en/x/", false, "zh")!.Status, config.RedirectFor("/en/x/", false, "zh")!.Target("/en/x/")));
        Assert.Equal("/zh/404.html", config.RedirectFor("/x", false, "en")?.Target("/x"));
        Assert.Contains(config.Headers, h => h.Pattern == "/*" && h.Values.Any(v => v.Key == "Content-Security-Policy"));
    }
}
