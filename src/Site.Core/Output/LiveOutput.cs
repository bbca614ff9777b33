using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The output folder `serve` shows, changed in place after an edit. A file is written only when its
/// bytes differ from what is there, and replaced by a rename, so a reader gets the old file or the new,
/// never half of one. Files the site no longer makes are removed (<see cref="RemoveAllBut"/>).
/// </summary>
public sealed class LiveOutput(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Writes one file unless it already holds these bytes; returns whether it changed. Safe from several threads (one path per call).</summary>
    public bool Write(OutputFile file)
    {
        var target = Full(file.Path);
        var content = file.Bytes();
        if (Same(target, content.Span))
        {
            return false;
        }

        var folder = System.IO.Path.GetDirectoryName(target) ?? Path;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        using (var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            RandomAccess.Write(handle, content.Span, fileOffset: 0);
        }

        File.Move(temporary, target, overwrite: true);
        return true;
    }

    /// <summary>
    /// Removes every file that is not in <paramref name="keep"/> (paths under the folder, '/' separators) and
    /// not under <paramref name="spared"/> (the search index, made apart); returns the paths removed.
    /// </summary>
    public IReadOnlyList<string> RemoveAllBut(IReadOnlySet<string> keep, string spared)
    {
        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(Path, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            if (!keep.Contains(relative) && !relative.StartsWith(spared + "/", StringComparison.Ordinal))
            {
                File.Delete(file);
                removed.Add(relative);
            }
        }

        removed.Sort(StringComparer.Ordinal);
        return removed;
    }

    private string Full(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static bool Same(string target, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(target);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(content);
    }
}
