using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// Where a build writes: a new folder beside the output folder, filled file by file as stages produce
/// them (so no stage holds the whole site in memory), and swapped in only by <see cref="Commit"/>.
/// Disposed without a commit, it is deleted: a failure at any point leaves the previous output exactly
/// as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
    }

    /// <summary>The staging folder itself (the search index is built into it).</summary>
    public string Path { get; }

    public static StagingFolder Create(string outputPath)
    {
        var output = System.IO.Path.GetFullPath(outputPath);
        var parent = System.IO.Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagingFolder(output, staging);
    }

    /// <summary>Writes one file; safe to call from several threads at once (each file has its own path).</summary>
    public void Write(OutputFile file)
    {
        var target = System.IO.Path.Combine(Path, file.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
        var folder = System.IO.Path.GetDirectoryName(target) ?? Path;
        // Tens of thousands of files share a few thousand folders: ask the file system for each folder once.
        // A folder is recorded only after it exists, so no thread writes into one still being made.
        _folders.GetOrAdd(folder, static path => Directory.CreateDirectory(path) is not null);

        // One system call to open and one to write: no stream, no buffer, no lock (the folder is ours alone).
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        if (file.IsStreamed)
        {
            using var stream = new FileStream(handle, FileAccess.Write, bufferSize: 1 << 16);
            file.WriteTo(stream);
            return;
        }

        RandomAccess.Write(handle, file.Content.Span, fileOffset: 0);
    }

    /// <summary>
    /// Swaps the staging folder in for the output folder (two renames). The previous output is deleted
    /// before this returns, or, when <paramref name="deletePrevious"/> is false, moved aside and its path
    /// returned for the caller to delete (`serve` deletes it in the background: at 10,000 indicators that
    /// is 80,000 files, half a minute on a slow disk, during which the new site is already served).
    /// </summary>
    public string? Commit(bool deletePrevious = true)
    {
        var parent = System.IO.Path.GetDirectoryName(_output) ?? ".";
        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = System.IO.Path.Combine(parent, $"{AsidePrefix(_output)}{Guid.NewGuid():N}");
            Directory.Move(_output, previous);
        }

        Directory.Move(Path, _output);
        _committed = true;
        if (previous is not null && deletePrevious)
        {
            Directory.Delete(previous, recursive: true);
            return null;
        }

        return previous;
    }

    /// <summary>
    /// Previous outputs moved aside by an earlier <see cref="Commit"/> and never deleted (a `serve` stopped
    /// while deleting one): deleted now, as far as they can be. Not called while a deletion of ours runs.
    /// </summary>
    public static void DeleteLeftovers(string outputPath)
    {
        var output = System.IO.Path.GetFullPath(outputPath);
        var parent = System.IO.Path.GetDirectoryName(output) ?? ".";
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateDirectories(parent, $"{AsidePrefix(output)}*"))
        {
            DeleteQuietly(leftover);
        }
    }

    /// <summary>Deletes a folder moved aside; a file that cannot be deleted now is left for <see cref="DeleteLeftovers"/>.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next serve to delete; nothing served depends on it.
        }
    }

    private static string AsidePrefix(string output) => $".{System.IO.Path.GetFileName(output)}.old-";

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
