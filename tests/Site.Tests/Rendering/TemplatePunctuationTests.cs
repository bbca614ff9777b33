using Site.Core.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>
/// Chinese written straight into a template is punctuated like the data files (SITE027), reported at
/// the mark's own line and column; code inside {{ }} and marks beside Latin text are not.
/// </summary>
public sealed class TemplatePunctuationTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AHalfWidthMarkInATemplatesChineseIsReportedWhereItIs()
    {
        var path = Path.Combine(_site.Root, "theme/partials/card.html");
        var lines = File.ReadAllLines(path).Length;
        File.AppendAllText(path, "<p>共{{ 3 }}项(试行)</p>\n");
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        var error = Assert.Single(_site.Build(write: false).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal($"theme/partials/card.html:{lines + 1}:13: error SITE027: Chinese text has a half-width '(' in '项(试行)</p…'", error.FirstLine);
    }

    [Fact]
    public void CodeAndLatinTextInTemplatesAreNotChinese()
    {
        var path = Path.Combine(_site.Root, "theme/partials/card.html");
        File.AppendAllText(path, "<p>{{ \"(中文)\" }} (JSON), CSV: a, b.</p>\n");
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        Assert.DoesNotContain(_site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.HalfWidthPunctuation);
    }
}
