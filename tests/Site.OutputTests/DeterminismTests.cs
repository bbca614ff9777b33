using System.Security.Cryptography;
using System.Text;
using Site.Core.Pipeline;
using Site.Core.Search;

namespace Site.OutputTests;

/// <summary>
/// The same input gives byte-identical output: the whole real site, search index included. The first
/// build is also compared with a golden manifest (Golden/real-site.sha256, every file's SHA-256), so a
/// change to the engine that is meant to leave the site alone (a refactoring, an optimisation) is shown
/// to leave every byte alone. A change that is meant to change the site rewrites the manifest with
/// <c>UPDATE_GOLDEN=1 dotnet test tests/Site.OutputTests</c>, and the manifest's diff shows which files
/// it touched; <c>scripts/compare-output.sh REF</c> shows how.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string GoldenPath = Path.Combine(RepositoryRoot.Path, "tests", "Site.OutputTests", "Golden", "real-site.sha256");

    [Fact]
    public void TwoBuildsOfTheRealSiteAreByteIdenticalAndMatchTheGoldenManifest()
    {
        var first = BuildAndHash();
        var second = BuildAndHash();
        Assert.True(first.Count > 100, $"only {first.Count} files");
        Assert.Contains(first.Keys, k => k.StartsWith("pagefind/", StringComparison.Ordinal));
        Assert.Equal(first, second);

        var manifest = Manifest(first);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, manifest, new UTF8Encoding(false));
        }

        var golden = File.ReadAllText(GoldenPath).ReplaceLineEndings("\n");
        Assert.True(golden == manifest, Difference(golden, manifest));
    }

    private static string Manifest(SortedDictionary<string, string> hashes) =>
        string.Concat(hashes.Select(p => $"{p.Value}  {p.Key}\n"));

    // Names the files that differ, so a failure says where to look (scripts/compare-output.sh shows how).
    private static string Difference(string golden, string actual)
    {
        static Dictionary<string, string> Parse(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var before = Parse(golden);
        var after = Parse(actual);
        var lines = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => !after.ContainsKey(k) ? $"  missing: {k}" : !before.ContainsKey(k) ? $"  new:     {k}" : $"  changed: {k}")
            .ToList();
        return $"the real site's output differs from {Path.GetRelativePath(RepositoryRoot.Path, GoldenPath)} in {lines.Count} files "
            + "(if the change is meant, run UPDATE_GOLDEN=1 dotnet test tests/Site.OutputTests):\n" + string.Join("\n", lines.Take(40));
    }

    private static SortedDictionary<string, string> BuildAndHash()
    {
        var output = Path.Combine(Path.GetTempPath(), "site-determinism-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var result = BuildPipeline.Run(new BuildOptions(RepositoryRoot.Path) { OutputPath = output, Search = new PagefindIndexer(RepositoryRoot.Path) });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
            return new SortedDictionary<string, string>(
                Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(
                    f => Path.GetRelativePath(output, f).Replace('\\', '/'),
                    f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))),
                StringComparer.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
