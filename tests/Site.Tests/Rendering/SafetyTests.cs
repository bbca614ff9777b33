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
    public void ATemplateErrorHalfwayThroughTheRenderLeavesThePreviousOutputUntouched()
    {
        // Pages are written as they are rendered: some are in the staging folder when the first broken
        // one fails. The staging folder goes; output/ stays as it was.
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.BuildOk();
        var before = Snapshot();
        BreakTheIndicatorLayout();
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Core.Diagnostics.DiagnosticCodes.TemplateError);
        Assert.Equal(before, Snapshot());
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void CheckRendersOnePageOfEachKindAndStillFindsATemplateError()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.Write("input/growth.yaml", TestSite.TaxHeadlineOnly("growth"));
        BreakTheIndicatorLayout();
        var check = Core.Pipeline.BuildPipeline.Run(new Core.Pipeline.BuildOptions(_site.Root) { Write = false, RenderEveryPage = false });
        var error = Assert.Single(check.Diagnostics, d => d.Code == Core.Diagnostics.DiagnosticCodes.TemplateError);
        // One indicator page in each language was rendered, not all four.
        Assert.Contains("and 1 other page", error.Message.En, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
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

    private void BreakTheIndicatorLayout()
    {
        var layout = Path.Combine(_site.Root, "theme/layouts/indicator.html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p>{{ model.no_such_member }}</p>\n");
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(_site.OutputFiles().ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_site.Output, f))))), StringComparer.Ordinal);
}
