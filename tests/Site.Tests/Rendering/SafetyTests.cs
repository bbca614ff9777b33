using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>Text from YAML can never become markup, and a failed build never touches the published site.</summary>
public sealed class SafetyTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void HostileLabelIsInertOnEveryPage()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator(labelEn: Hostile.Replace("\"", "\\\"", StringComparison.Ordinal)));
        _site.BuildOk();
        var seen = 0;
        foreach (var file in _site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = _site.Html(file);
            // The only scripts: structured data (never executed) and the site's own fingerprinted files.
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || (s.GetAttribute("src")?.StartsWith("/assets/", StringComparison.Ordinal) == true && s.TextContent.Length == 0),
                $"{file}: unexpected script {s.OuterHtml}"));
            Assert.Empty(page.QuerySelectorAll("[onerror]"));
            Assert.Empty(page.QuerySelectorAll("img"));
            if (page.Body!.TextContent.Contains(Hostile, StringComparison.Ordinal))
            {
                seen++;
            }
        }

        Assert.True(seen >= 3, "the label should be shown, as text, on the indicator, theme and home pages");
        Assert.DoesNotContain("</script><img", _site.Text("en/indicators/tax-revenue/index.html").Split("application/ld+json")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void FailedBuildLeavesThePreviousOutputUntouched()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.BuildOk();
        var before = Snapshot();
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("value: 306", "value: 30", StringComparison.Ordinal));
        _site.Write("input/new.yaml", TestSite.TaxIndicator("new-one"));
        Assert.False(_site.Build().Succeeded);
        Assert.Equal(before, Snapshot());
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void TwoBuildsOfTheSameInputAreByteIdentical()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.BuildOk();
        var first = Snapshot();
        _site.BuildOk();
        Assert.Equal(first, Snapshot());
    }

    [Fact]
    public void CheckWritesNothing()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        Assert.True(_site.Build(write: false).Succeeded);
        Assert.False(Directory.Exists(_site.Output));
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(_site.OutputFiles().ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_site.Output, f))))), StringComparer.Ordinal);
}
