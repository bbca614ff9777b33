using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// `site new`: an indicator file started from the words it cites, which passes `check` once an editor
/// fills in the English and the descriptions; a quote that is not in its paragraph gets the diagnostic
/// `check` gives, and nothing is written.
/// </summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void WritesAFileThatPassesCheckOnceTheBlanksAreFilledIn()
    {
        var (exit, stdout, stderr) = SiteProcess.Run(
            "new", "--root", _site.Root, "--id", "elevator-retrofits-2024", "--document", "report", "--paragraph", "p2", "--quote", "既有多层住宅加装电梯完工302台", "--lang", "zh");
        Assert.True(exit == 0, stderr);
        Assert.Contains("已写出 input/elevator-retrofits-2024.yaml：302台（value 302，unit tai），段落 p2，主题 housing，年份 2023", stdout, StringComparison.Ordinal);
        var path = Path.Combine(_site.Root, "input", "elevator-retrofits-2024.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains("\nvalue: 302\nunit: tai\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  paragraph: p2\n  quote: 既有多层住宅加装电梯完工302台\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  zh: 既有多层住宅加装电梯完工  # ", text, StringComparison.Ordinal);

        // As written, check asks for exactly what the editor must add, each at its line.
        var (failed, _, problems) = SiteProcess.Run("check", "--root", _site.Root);
        Assert.Equal(1, failed);
        var firstLines = problems.Split('\n').Where(l => l.StartsWith("input/", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, firstLines.Count);
        Assert.All(firstLines, l => Assert.Matches(@"^input/elevator-retrofits-2024\.yaml:\d+:\d+: error SITE00[34]: ", l));

        // Filled in, it passes.
        var filled = text
            .Replace("  en: \"\"  # 指标的英文名称", "  en: Lifts installed  # 指标的英文名称", StringComparison.Ordinal)
            .Replace("  zh: \"\"  # 用一句话说明", "  zh: 既有多层住宅加装电梯完工的台数。  # 用一句话说明", StringComparison.Ordinal)
            .Replace("  en: \"\"  # 同一句话的英文", "  en: Lifts installed in existing multi-storey housing.  # 同一句话的英文", StringComparison.Ordinal)
            .Replace("noun: { one: \"\", other: \"\" }", "noun: { one: lift, other: lifts }", StringComparison.Ordinal)
            .Replace("  translation: \"\"", "  translation: 302 lifts installed", StringComparison.Ordinal);
        File.WriteAllText(path, filled);
        var (ok, _, none) = SiteProcess.Run("check", "--root", _site.Root);
        Assert.True(ok == 0, none);
    }

    [Fact]
    public void TheFileNamesItsSchemaForTheEditorsEditor()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "schemas"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "schemas", "indicator.schema.json"), Path.Combine(_site.Root, "schemas", "indicator.schema.json"));
        var (exit, _, stderr) = SiteProcess.Run("new", "--root", _site.Root, "--id", "lifts", "--quote", "既有多层住宅加装电梯完工302台");
        Assert.True(exit == 0, stderr);
        var text = File.ReadAllText(Path.Combine(_site.Root, "input", "lifts.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/indicator.schema.json\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FindsTheParagraphTheQualifierAndTheBasis()
    {
        var (exit, _, stderr) = SiteProcess.Run("new", "--root", _site.Root, "--id", "tax-growth", "--quote", "同比增长18%");
        Assert.True(exit == 0, stderr);
        var text = File.ReadAllText(Path.Combine(_site.Root, "input", "tax-growth.yaml"));
        // p1 stands under a section with two sub-themes: the editor chooses.
        Assert.Contains("theme: \"\"  # 选一个 / choose one: digital, housing\n", text, StringComparison.Ordinal);
        Assert.Contains("\nvalue: 18\nunit: percent\nqualifier: increase\nbasis: year-on-year\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  paragraph: p1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteNotInItsParagraphGetsChecksDiagnosticAndNothingIsWritten()
    {
        var (exit, stdout, stderr) = SiteProcess.Run(
            "new", "--root", _site.Root, "--id", "lifts", "--document", "report", "--paragraph", "p1", "--quote", "既有多层住宅加装电梯完工302台");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        var lines = stderr.Split('\n');
        Assert.Matches(@"^input/lifts\.yaml:\d+:10: error SITE011: the quote is not verbatim in paragraph 'p1'$", lines[0]);
        Assert.Equal("  hint: the quote is in paragraph 'p2': cite that paragraph", lines[1]);
        Assert.Contains("quote: 既有多层住宅加装电梯完工302台", lines[2], StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Root, "input", "lifts.yaml")));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesWhatItCannotDraftInTheEditorsLanguage()
    {
        var (exit, _, stderr) = SiteProcess.Run("new", "--root", _site.Root, "--id", "no-number", "--quote", "实现街镇全覆盖", "--lang", "zh");
        Assert.Equal(1, exit);
        Assert.StartsWith("错误：引文中没有用阿拉伯数字写的数值", stderr, StringComparison.Ordinal);

        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        var (taken, _, exists) = SiteProcess.Run("new", "--root", _site.Root, "--id", "tax", "--quote", "同比增长18%");
        Assert.Equal(1, taken);
        Assert.StartsWith("error: input/tax.yaml already exists", exists, StringComparison.Ordinal);

        var (bad, _, id) = SiteProcess.Run("new", "--root", _site.Root, "--id", "Tax_Growth", "--quote", "同比增长18%");
        Assert.Equal(1, bad);
        Assert.StartsWith("error: indicator id 'Tax_Growth' is not kebab-case", id, StringComparison.Ordinal);

        // A figure another indicator cites already: a warning, and still nothing is written.
        var (twice, _, cited) = SiteProcess.Run("new", "--root", _site.Root, "--id", "tax-again", "--quote", "实现综合税收306亿元");
        Assert.Equal(1, twice);
        Assert.Matches(@"^input/tax-again\.yaml:\d+:8: warning SITE035: '306亿元' in paragraph 'p1' is already cited by input/tax\.yaml\n", cited);
        Assert.EndsWith("error: input/tax-again.yaml was not written\n", cited, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Root, "input", "tax-again.yaml")));

        // A paragraph that does not exist: check's own diagnostic, and the file is not written.
        var (unknown, _, paragraph) = SiteProcess.Run("new", "--root", _site.Root, "--id", "growth", "--quote", "同比增长18%", "--paragraph", "p99");
        Assert.Equal(1, unknown);
        Assert.Matches(@"^input/growth\.yaml:\d+:14: error SITE010: document 'report' has no paragraph 'p99'\n", paragraph);
        Assert.EndsWith("1 error; input/growth.yaml was not written\n", paragraph, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Root, "input", "growth.yaml")));
    }
}
