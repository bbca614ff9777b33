using System.Security.Cryptography;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Tests.Support;

namespace Site.Tests.Golden;

/// <summary>
/// Broken files beside the exact diagnostics they must produce. Each folder under Golden/BadInputs/ holds
/// files laid over a small valid site (input/bad.yaml, data/units.yaml ...), <c>about.txt</c> saying what
/// is wrong, and the expected diagnostics in English and in Chinese, compared exactly: message, hint,
/// position and the source line with its caret. <c>generate.txt</c> names files too large to keep in the
/// repository (<c>path bytes</c>). For every case: the build fails with errors (no exception), writes
/// nothing over the previous good output, and finishes (the loader's own limits; a hang fails the test).
/// <c>UPDATE_GOLDEN=1 dotnet test --filter BadInputTests</c> rewrites the expectations; review the diff.
/// </summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.GoodOutput>
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Site.Tests", "Golden", "BadInputs");
    private readonly GoodOutput _good;

    public BadInputTests(GoodOutput good) => _good = good;

    public static TheoryData<string> Cases() => [.. CaseNames()];

    private static List<string> CaseNames() => [.. Directory.GetDirectories(Folder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void ThereAreAtLeastFortyCases() => Assert.True(CaseNames().Count >= 40, $"{CaseNames().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInputGetsItsExactDiagnosticsAndLosesNothing(string name)
    {
        var folder = Path.Combine(Folder, name);
        using var site = TestSite.Create();
        site.Write("input/area.yaml", Area);
        Overlay(folder, site.Root);

        var build = Task.Run(() => BuildPipeline.Run(new BuildOptions(site.Root) { OutputPath = _good.Output }));
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(1))) == build, $"{name}: the build did not finish within a minute");
        var result = await build;

        Assert.False(result.Succeeded, $"{name}: the build should have failed");
        Assert.Null(result.Site);
        Assert.Equal(_good.Snapshot, GoodOutput.Take(_good.Output));
        var files = new SiteFiles(site.Root);
        foreach (var language in Language.All)
        {
            var actual = string.Join("\n", result.Diagnostics.Select(d => d.Format(files.Line(d.Span.Path, d.Span.Line), language))) + "\n";
            var expected = Path.Combine(folder, $"expected.{language.Code}.txt");
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(expected, actual);
            }

            Assert.True(File.Exists(expected), $"{name}: no expected.{language.Code}.txt (UPDATE_GOLDEN=1 writes it)");
            Assert.Equal(File.ReadAllText(expected), actual);
        }
    }

    /// <summary>
    /// Every case whose files are all in input/ at once, each in its own folder, through the real program
    /// as an editor and CI run it: exit code 1, every problem reported in the one run, each starting with
    /// <c>path:line:col: error CODE:</c>, no stack trace; as JSON, one document on stdout and nothing on stderr.
    /// </summary>
    [Fact]
    public void TheProgramReportsEveryCaseInOneRunWithoutAStackTrace()
    {
        using var site = TestSite.Create();
        site.Write("input/area.yaml", Area);
        var cases = CaseNames().Where(c => Directory.GetDirectories(Path.Combine(Folder, c)).All(d => Path.GetFileName(d) == "input")).ToList();
        foreach (var name in cases)
        {
            var input = Path.Combine(site.Root, "input", name);
            Overlay(Path.Combine(Folder, name, "input"), input, Path.Combine(Folder, name, "generate.txt"), "input/");
        }

        var (exit, stdout, stderr) = SiteProcess.Run("check", "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.All(lines[..^1], line => Assert.Matches(@"^(input/[^:]+:\d+:\d+: (error|warning) SITE\d{3}: .+|  .*)$", line));
        Assert.Matches(@"^\d+ errors; fix them from the first, then run check again \(fixing one can bring out another\)$", lines[^1]);
        Assert.All(cases, name => Assert.Contains($"input/{name}/", stderr, StringComparison.Ordinal));

        var (jsonExit, json, jsonErrors) = SiteProcess.Run("check", "--root", site.Root, "--format", "json");
        Assert.Equal(1, jsonExit);
        Assert.Equal(string.Empty, jsonErrors);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(lines.Count(l => l.StartsWith("input/", StringComparison.Ordinal)), document.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    // The case's files over the site, and the generated ones generate.txt names (path, then size in bytes).
    // (from the case's folder to the site's root, or from its input/ to a folder of the site's input/).
    private static void Overlay(string from, string to, string? generate = null, string under = "")
    {
        foreach (var file in Directory.Exists(from) ? Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories) : [])
        {
            var relative = Path.GetRelativePath(from, file);
            if (under.Length == 0 && Path.GetDirectoryName(relative) is not { Length: > 0 })
            {
                continue; // about.txt, expected.*.txt, generate.txt describe the case
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        generate ??= Path.Combine(from, "generate.txt");
        if (File.Exists(generate))
        {
            foreach (var line in File.ReadAllLines(generate).Where(l => l.Length > 0))
            {
                var parts = line.Split(' ');
                parts[0] = parts[0][under.Length..];
                var size = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                var chunk = "# padding: a file far larger than any indicator\n"u8.ToArray();
                Directory.CreateDirectory(to);
                using var stream = File.Create(Path.Combine(to, parts[0]));
                for (var written = 0; written < size; written += chunk.Length)
                {
                    stream.Write(chunk, 0, Math.Min(chunk.Length, size - written));
                }
            }
        }
    }

    // The base site's one indicator: it cites 30万平方米 of p1, so the cases can cite any other figure
    // (a case that cites this one is told it is cited twice).
    private const string Area = """
        id: new-area
        theme: digital
        label: { zh: 新增面积, en: New floor space }
        description: { zh: 新增的面积。, en: Floor space added. }
        value: 30
        unit: wan-square-metres
        period: 2023
        source:
          document: report
          paragraph: p1
          quote: 新增面积30万平方米
          translation: 300,000 m² of new floor space
        added: 2024-02-01
        updated: 2024-02-01
        """;

    /// <summary>A good build of the base site, which no failed build may touch.</summary>
    public sealed class GoodOutput : IDisposable
    {
        private readonly TestSite _site = TestSite.Create();

        public GoodOutput()
        {
            _site.Write("input/area.yaml", Area);
            _site.BuildOk();
            Snapshot = Take(Output);
        }

        public string Output => _site.Output;

        public IReadOnlyDictionary<string, string> Snapshot { get; }

        public static IReadOnlyDictionary<string, string> Take(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + File.GetLastWriteTimeUtc(f).Ticks);

        public void Dispose() => _site.Dispose();
    }
}
