using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>The real command-line program, run as an editor or CI runs it.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void CheckReportsEveryErrorWithExitCodeOneAndNoStackTrace()
    {
        _site.Write("input/a.yaml", TestSite.TaxIndicator("a").Replace("value: 306", "value: 30", StringComparison.Ordinal));
        _site.Write("input/b.yaml", TestSite.TaxIndicator("b").Replace("unit: yi-yuan", "unit: yi-yuan-x", StringComparison.Ordinal));
        var (exit, stdout, stderr) = Run("check", "--root", _site.Root);
        Assert.Equal(1, exit);
        var lines = stderr.Split('\n');
        Assert.StartsWith("input/a.yaml:6:8: error SITE013: the figure as written, '30亿元', does not occur in the quote", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("input/b.yaml:7:7: error SITE008: unknown unit 'yi-yuan-x'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("6 | value: 30", StringComparison.Ordinal));
        Assert.Contains("2 errors; fix them from the first, then run check again", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildWritesTheSiteAndSaysSo()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        var (exit, stdout, stderr) = Run("build", "--root", _site.Root, "--no-search");
        Assert.True(exit == 0, stderr);
        Assert.Contains("built ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Output, "en", "indicators", "tax-revenue", "index.html")));
    }

    [Fact]
    public void MissingRootIsAOneLineError()
    {
        var (exit, _, stderr) = Run("check", "--root", Path.Combine(_site.Root, "nope"));
        Assert.Equal(1, exit);
        Assert.EndsWith("error SITE026: the site root folder does not exist", stderr.Split('\n')[0], StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] arguments) => SiteProcess.Run(arguments);
}
