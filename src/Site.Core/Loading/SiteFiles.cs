using System.Text;

namespace Site.Core.Loading;

/// <summary>
/// The site's input files under one root, addressed by paths relative to it with '/' separators,
/// listed in ordinal order so every run sees them in the same order.
/// </summary>
public sealed class SiteFiles(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath), Encoding.UTF8);

    public string Full(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The YAML files in a folder (and its sub-folders), relative paths in ordinal order.</summary>
    public IReadOnlyList<string> YamlFiles(string folder)
    {
        var full = Full(folder);
        if (!Directory.Exists(full))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The source line at a 1-based line number, for printing under a diagnostic.</summary>
    public string? Line(string relativePath, int line)
    {
        try
        {
            var lines = File.ReadAllLines(Full(relativePath), Encoding.UTF8);
            return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
