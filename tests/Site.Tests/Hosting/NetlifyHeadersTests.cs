using Site.Core.Hosting;

namespace Site.Tests.Hosting;

/// <summary>The subset of netlify.toml the local server reads, and how rules combine for a path.</summary>
public sealed class NetlifyHeadersTests
{
    private const string Toml = """
        [build]
          publish = "output"

        [[redirects]]
          from = "/"
          to = "/en/"

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

    [Fact]
    public void ReadsEveryHeadersRuleAndNothingElse()
    {
        var rules = NetlifyHeaders.Parse(Toml);
        Assert.Equal(["/*", "/assets/*", "/data/indicators.json"], rules.Select(r => r.Pattern));
        Assert.Equal(["Content-Security-Policy", "X-Frame-Options"], rules[0].Values.Select(v => v.Key));
        Assert.Equal("default-src 'self'", rules[0].Values[0].Value);
    }

    [Fact]
    public void EveryMatchingRuleAppliesAndLaterRulesWin()
    {
        var rules = NetlifyHeaders.Parse(Toml);
        var asset = NetlifyHeaders.For(rules, "/assets/site.0123abcd.css");
        Assert.Equal("DENY", asset["X-Frame-Options"]);
        Assert.Equal("public, max-age=31536000, immutable", asset["cache-control"]);

        var data = NetlifyHeaders.For(rules, "/data/indicators.json");
        Assert.Equal("SAMEORIGIN", data["X-Frame-Options"]);
        Assert.Equal("<https://example.org/\"a\">; rel=alternate", data["Link"]);
        Assert.False(data.ContainsKey("Cache-Control"));

        Assert.False(NetlifyHeaders.For(rules, "/data/indicators.json.bak").ContainsKey("Link"));
        Assert.False(NetlifyHeaders.For(rules, "/assets").ContainsKey("Cache-Control"));
    }
}
