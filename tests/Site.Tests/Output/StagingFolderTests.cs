using Site.Core.Output;
using Site.Core.Rendering;

namespace Site.Tests.Output;

/// <summary>
/// The staging folder's swap: the new output replaces the old with nothing of the old left in it; the old
/// one is deleted at once (build) or moved aside for the caller (serve); only folders moved aside count
/// as leftovers, never another build's staging folder.
/// </summary>
public sealed class StagingFolderTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "site-staging-" + Guid.NewGuid().ToString("N")[..12]);

    private string Output => Path.Combine(_parent, "output");

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    [Fact]
    public void ACommitReplacesTheOutputAndDeletesThePreviousOne()
    {
        Build("a/index.html", "first");
        Assert.Null(Build("b/index.html", "second"));

        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "b", "index.html")));
        Assert.False(File.Exists(Path.Combine(Output, "a", "index.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void ACommitCanLeaveThePreviousOutputAsideForTheCaller()
    {
        Build("a/index.html", "first");
        var aside = Build("b/index.html", "second", deletePrevious: false);

        Assert.NotNull(aside);
        Assert.Equal("first", File.ReadAllText(Path.Combine(aside, "a", "index.html")));
        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "b", "index.html")));

        StagingFolder.DeleteQuietly(aside);
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void OnlyPreviousOutputsMovedAsideAreLeftovers()
    {
        Build("a/index.html", "first");
        var aside = Build("b/index.html", "second", deletePrevious: false)!;
        var staging = Path.Combine(_parent, ".output.new-0123456789abcdef");
        var other = Path.Combine(_parent, ".elsewhere.old-0123456789abcdef");
        Directory.CreateDirectory(staging);
        Directory.CreateDirectory(other);

        StagingFolder.DeleteLeftovers(Output);

        Assert.False(Directory.Exists(aside));
        Assert.True(Directory.Exists(staging));
        Assert.True(Directory.Exists(other));
        Assert.True(File.Exists(Path.Combine(Output, "b", "index.html")));
    }

    private string? Build(string path, string text, bool deletePrevious = true)
    {
        using var staging = StagingFolder.Create(Output);
        staging.Write(new OutputFile(path, System.Text.Encoding.UTF8.GetBytes(text)));
        return staging.Commit(deletePrevious);
    }
}
