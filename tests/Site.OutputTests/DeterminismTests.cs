using System.Security.Cryptography;
using Site.Core.Pipeline;
using Site.Core.Search;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>The same input gives byte-identical output: the whole real site, search index included.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuildsOfTheRealSiteAreByteIdentical()
    {
        var first = BuildAndHash();
        var second = BuildAndHash();
        Assert.True(first.Count > 100, $"only {first.Count} files");
        Assert.Contains(first.Keys, k => k.StartsWith("pagefind/", StringComparison.Ordinal));
        Assert.Equal(first, second);
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
                    f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
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
