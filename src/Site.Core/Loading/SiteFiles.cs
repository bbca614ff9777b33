using System.Collections.Immutable;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// The site's input files under one root, addressed by paths relative to it with '/' separators and
/// listed in ordinal order, so every run sees them in the same order.
/// <para>
/// A site may name a base folder in data/site.yaml (<c>base: ../..</c>): a file the site does not have
/// itself (a layout, a partial, an asset, units, qualifiers ...) is then taken from the base, and the
/// interface strings of both are merged key by key. The site's own indicators (input/) and source
/// documents (data/sources/) are never taken from the base. A file from the base is addressed by its
/// path relative to the site's root (<c>../../data/units.yaml</c>), so diagnostics name the file that
/// was read.
/// </para>
/// <para>
/// Drafts are files held in memory over the ones on disk: <c>new</c> checks a file it is about to write
/// with the same stages as a build, before writing it.
/// </para>
/// </summary>
public sealed class SiteFiles
{
    private const string SettingsPath = "data/site.yaml";

    private readonly ImmutableSortedDictionary<string, string> _drafts;

    private SiteFiles(string root, ImmutableArray<string> layers, ImmutableSortedDictionary<string, string>? drafts = null)
    {
        Root = root;
        Layers = layers;
        _drafts = drafts ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
    }

    public SiteFiles(string root)
        : this(Path.GetFullPath(root), [Path.GetFullPath(root)])
    {
    }

    /// <summary>The site's own root folder.</summary>
    public string Root { get; }

    /// <summary>The site's root, then its base folder if it names one that exists.</summary>
    public ImmutableArray<string> Layers { get; }

    /// <summary>
    /// The site at <paramref name="root"/> with the base its data/site.yaml names. The base is only read
    /// here; <see cref="LoadSettings"/> checks it and reports a bad one.
    /// </summary>
    public static SiteFiles Open(string root)
    {
        var own = new SiteFiles(root);
        return BaseOf(own) is { } folder && Directory.Exists(folder) && !string.Equals(folder, own.Root, StringComparison.Ordinal)
            ? new SiteFiles(own.Root, [own.Root, folder])
            : own;
    }

    /// <summary>These files with <paramref name="relativePath"/> read as <paramref name="text"/>, whether or not it exists on disk.</summary>
    public SiteFiles WithDraft(string relativePath, string text) => new(Root, Layers, _drafts.SetItem(relativePath, text));

    public bool Exists(string relativePath) => _drafts.ContainsKey(relativePath) || File.Exists(Full(relativePath));

    public string Read(string relativePath) =>
        _drafts.TryGetValue(relativePath, out var draft) ? draft : File.ReadAllText(Full(relativePath), Encoding.UTF8);

    public byte[] ReadBytes(string relativePath) =>
        _drafts.TryGetValue(relativePath, out var draft) ? Encoding.UTF8.GetBytes(draft) : File.ReadAllBytes(Full(relativePath));

    public string Full(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>
    /// Where a file is read from: <paramref name="relativePath"/> when the site has it (or no layer has
    /// it), else the same file in the base, relative to the site's root.
    /// </summary>
    public string Locate(string relativePath) =>
        Layers.Select(layer => Relative(Path.Combine(layer, relativePath))).FirstOrDefault(Exists) ?? relativePath;

    /// <summary>Every layer's copy of a file, base first, so a later (own) one can override an earlier.</summary>
    public IReadOnlyList<string> Every(string relativePath) =>
        [.. Layers.Reverse().Select(layer => Relative(Path.Combine(layer, relativePath))).Where(Exists)];

    /// <summary>The site's own YAML files in a folder (and its sub-folders), relative paths in ordinal order; never the base's.</summary>
    public IReadOnlyList<string> YamlFiles(string folder)
    {
        var full = Full(folder);
        var onDisk = Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories).Select(Relative)
            : [];
        return [.. onDisk
            .Concat(_drafts.Keys.Where(d => d.StartsWith(folder + "/", StringComparison.Ordinal)))
            .Where(IsYaml)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether a path names a YAML file, as the site reads them (.yaml or .yml).</summary>
    public static bool IsYaml(string path) => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>Whether any layer has the folder.</summary>
    public bool HasFolder(string folder) => Layers.Any(layer => Directory.Exists(Path.Combine(layer, folder)));

    /// <summary>
    /// The files of a folder across the layers (the site's own copy of a name wins), each as its name
    /// within the folder and the path it is read from; in ordinal order of the names.
    /// </summary>
    public IReadOnlyList<(string Name, string Path)> Files(string folder, string pattern, SearchOption option = SearchOption.TopDirectoryOnly)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var layer in Layers.Reverse())
        {
            var full = Path.Combine(layer, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, pattern, option))
            {
                found[Path.GetRelativePath(full, file).Replace(Path.DirectorySeparatorChar, '/')] = Relative(file);
            }
        }

        return [.. found.Select(p => (p.Key, p.Value))];
    }

    /// <summary>The source line at a 1-based line number, for printing under a diagnostic; null when there is none to show.</summary>
    public string? Line(string relativePath, int line)
    {
        try
        {
            var lines = _drafts.TryGetValue(relativePath, out var draft) ? draft.Split('\n') : File.ReadAllLines(Full(relativePath), Encoding.UTF8);
            // A line that is not valid UTF-8 would print as replacement characters: better not shown.
            return line >= 1 && line <= lines.Length && !lines[line - 1].Contains('\uFFFD', StringComparison.Ordinal) ? lines[line - 1] : null;
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

    private string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    // The base folder data/site.yaml names, as a full path; null when there is none or the file does not parse.
    private static string? BaseOf(SiteFiles own)
    {
        if (!own.Exists(SettingsPath))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(own.Read(SettingsPath)));
            return stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode(LoadSettings.BaseField), out var node)
                && node is YamlScalarNode { Value: { Length: > 0 } value }
                ? Path.GetFullPath(Path.Combine(own.Root, value))
                : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
