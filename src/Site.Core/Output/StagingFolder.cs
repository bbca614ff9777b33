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
    /// Two renames: the old output steps aside, the new one takes its name, then the old one is removed.
    /// A reader of output/ sees either the old site or the new one, never a half-written mix.
    /// </summary>
    public void Commit()
    {
        var parent = System.IO.Path.GetDirectoryName(_output) ?? ".";
        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
            Directory.Move(_output, previous);
        }

        Directory.Move(Path, _output);
        _committed = true;
        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
