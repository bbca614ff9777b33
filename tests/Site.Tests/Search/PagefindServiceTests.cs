using System.Diagnostics;
using Site.Core.Search;

namespace Site.Tests.Search;

/// <summary>
/// The Pagefind service never hangs the build: a binary that does not answer is stopped after the reply
/// timeout, and one that stops is reported; both as <see cref="PagefindException"/> (SITE022 upstream).
/// </summary>
// The fake binaries are shell scripts.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PagefindServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pagefind-fake-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ABinaryThatNeverAnswersIsStoppedAfterTheTimeout()
    {
        var binary = FakeBinary("exec sleep 60");
        var clock = Stopwatch.StartNew();
        using var service = PagefindService.Start(binary, _folder, TimeSpan.FromSeconds(1));
        var e = Assert.Throws<PagefindException>(() => service.NewIndex());
        Assert.StartsWith("it did not answer NewIndex within 1 s and was stopped", e.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ABinaryThatStopsIsReportedWithWhatItSaid()
    {
        var binary = FakeBinary("echo 'no such index format' >&2; exit 3");
        using var service = PagefindService.Start(binary, _folder, TimeSpan.FromSeconds(30));
        var e = Assert.Throws<PagefindException>(() => service.NewIndex());
        Assert.StartsWith("it stopped", e.Message, StringComparison.Ordinal);
    }

    private string FakeBinary(string script)
    {
        var path = Path.Combine(_folder, "pagefind_extended");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
