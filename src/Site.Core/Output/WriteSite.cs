using Site.Core.Diagnostics;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The write stage. Files go into a new staging folder beside the output folder; the search index is
/// built there; only when everything succeeded is the staging folder swapped in. A failure at any
/// point leaves the previous output exactly as it was.
/// </summary>
public static class WriteSite
{
    public static bool Run(IEnumerable<OutputFile> files, string outputPath, Func<string, DiagnosticBag, bool> indexSearch, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputPath);
        var parent = Path.GetDirectoryName(output) ?? ".";
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var target = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target) ?? staging);
                File.WriteAllBytes(target, file.Content.ToArray());
            }

            if (!indexSearch(staging, diagnostics))
            {
                Directory.Delete(staging, recursive: true);
                return false;
            }

            Swap(staging, output, parent, name);
            return true;
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    // Two renames: the old output steps aside, the new one takes its name, then the old one is removed.
    // A reader of output/ sees either the old site or the new one, never a half-written mix.
    private static void Swap(string staging, string output, string parent, string name)
    {
        string? previous = null;
        if (Directory.Exists(output))
        {
            previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }
}
