using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// `check` where editors look: text for a person (in their language), GitHub Actions annotations on a
/// pull request's lines with the full list in the step summary, and one JSON document for tools.
/// </summary>
public sealed partial class CheckFormatTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public CheckFormatTests()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void JsonIsOneDocumentOnStdoutAndNothingElse()
    {
        _site.Write("input/bad.yaml", TestSite.TaxHeadlineOnly("bad").Replace("value: 306", "value: 30", StringComparison.Ordinal));
        var (exit, stdout, stderr) = SiteProcess.Run("check", "--root", _site.Root, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("ok").GetBoolean());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("SITE013", diagnostic.GetProperty("code").GetString());
        Assert.EndsWith("input/bad.yaml", diagnostic.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(8, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("the figure as written, '30亿元', does not occur in the quote", diagnostic.GetProperty("message").GetProperty("en").GetString());
        Assert.Equal("按所填内容写出的数值“30亿元”没有出现在引文中", diagnostic.GetProperty("message").GetProperty("zh").GetString());
        Assert.Contains("6100余家", diagnostic.GetProperty("hint").GetProperty("zh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMistypedCommandLineLeavesStandardOutputEmpty()
    {
        var (exit, stdout, stderr) = SiteProcess.Run("check", "--root", _site.Root, "--format", "json", "--lang", "fr");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("error: Argument 'fr' not recognized", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOfAGoodSiteSaysWhatWasChecked()
    {
        var (exit, stdout, stderr) = SiteProcess.Run("check", "--root", _site.Root, "--format", "json");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("indicators").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("figures").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void GitHubAnnotationsArePercentEncodedAndTheSummaryListsEveryProblem()
    {
        // A file name with the characters a workflow command's properties must encode (, and %), and
        // eleven problems: GitHub shows ten annotations of a step, the summary shows them all.
        for (var i = 0; i < 11; i++)
        {
            _site.Write($"input/100%,{i:D2}.yaml", TestSite.TaxHeadlineOnly($"bad-{i}").Replace("value: 306", "value: 30", StringComparison.Ordinal));
        }

        var summary = Path.Combine(_site.Root, "summary.md");
        var (exit, stdout, stderr) = SiteProcess.RunWith(
            new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary },
            "check", "--root", _site.Root, "--format", "github", "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(12, lines.Length);
        Assert.All(lines[..11], line => Assert.Matches(AnnotationLine(), line));
        Assert.Contains(
            "input/100%25%2C00.yaml,line=6,col=8,title=SITE013::the figure as written, '30亿元', does not occur in the quote%0Ahint: the value, qualifier and unit must match",
            lines[0],
            StringComparison.Ordinal);
        Assert.DoesNotContain('\r', stdout);
        Assert.Equal("11 problems", lines[11]);

        var table = File.ReadAllText(summary);
        Assert.StartsWith("### The check found 11 problems", table, StringComparison.Ordinal);
        Assert.Equal(11, table.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Contains("SITE013", StringComparison.Ordinal)));
    }

    [Fact]
    public void GitHubAnnotationsInChineseKeepTheirShape()
    {
        _site.Write("input/bad.yaml", TestSite.TaxHeadlineOnly("bad").Replace("unit: yi-yuan", "unit: yiyuan", StringComparison.Ordinal));
        var (exit, stdout, _) = SiteProcess.Run("check", "--root", _site.Root, "--format", "github", "--lang", "zh");
        Assert.Equal(1, exit);
        Assert.Matches(AnnotationLine(), stdout.Split('\n')[0]);
        Assert.Contains("title=SITE008::未知的单位“yiyuan”%0A提示：您是否想写“yi-yuan”？", stdout, StringComparison.Ordinal);
        Assert.Equal("1 个问题", stdout.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void TheEnvironmentsLanguageChoosesChineseAndLangOverridesIt()
    {
        _site.Write("input/bad.yaml", TestSite.TaxHeadlineOnly("bad").Replace("theme: digital", "theme: digitl", StringComparison.Ordinal));
        var chinese = new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" };

        var (exit, _, stderr) = SiteProcess.RunWith(chinese, "check", "--root", _site.Root);
        Assert.Equal(1, exit);
        var lines = stderr.Split('\n');
        Assert.EndsWith("input/bad.yaml:2:8: error SITE007: 未知的主题“digitl”", lines[0], StringComparison.Ordinal);
        Assert.Equal("  提示：您是否想写“digital”？请使用已有的标识之一：digital、housing", lines[1]);
        Assert.Contains("1 个错误", stderr, StringComparison.Ordinal);

        var (_, _, english) = SiteProcess.RunWith(chinese, "check", "--root", _site.Root, "--lang", "en");
        Assert.EndsWith("input/bad.yaml:2:8: error SITE007: unknown theme 'digitl'", english.Split('\n')[0], StringComparison.Ordinal);

        var (refused, _, unknown) = SiteProcess.Run("check", "--root", _site.Root, "--lang", "fr");
        Assert.NotEqual(0, refused);
        Assert.Contains("'fr'", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public void ASuccessfulCheckSaysSoInChinese()
    {
        var (exit, stdout, stderr) = SiteProcess.Run("check", "--root", _site.Root, "--lang", "zh");
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("通过：1 个指标（1 期数据，2 个数值），引自 1 份报告", stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^::error file=[^:,]+,line=\d+,col=\d+,title=SITE\d{3}::[^\r\n]+$")]
    private static partial Regex AnnotationLine();
}
