namespace Site.Core.Diagnostics;

/// <summary>A position in a site file: a path relative to the site root, with 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A span for a whole file, used when a problem has no better position.</summary>
    public static SourceSpan File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
