using System.Collections.Immutable;
using System.Security.Cryptography;
using Site.Core.Loading;

namespace Site.Core.Rendering;

/// <summary>
/// The theme's static assets (theme/assets), fingerprinted: site.css becomes /assets/site.1a2b3c4d.css,
/// so it can be cached for a year and still change the moment its content does.
/// </summary>
public sealed class Assets
{
    public const string Folder = "theme/assets";

    private Assets(ImmutableSortedDictionary<string, string> urls, ImmutableArray<OutputFile> files)
    {
        Urls = urls;
        Files = files;
    }

    /// <summary>Logical name (site.css) to fingerprinted URL.</summary>
    public ImmutableSortedDictionary<string, string> Urls { get; }

    public ImmutableArray<OutputFile> Files { get; }

    public static Assets Load(SiteFiles files)
    {
        var urls = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var output = ImmutableArray.CreateBuilder<OutputFile>();
        foreach (var (name, path) in files.Files(Folder, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(files.Full(path));
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            var fingerprinted = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            urls[name] = "/" + fingerprinted;
            output.Add(new OutputFile(fingerprinted, bytes));
        }

        return new Assets(urls.ToImmutable(), output.ToImmutable());
    }

    public string Url(string name) =>
        Urls.TryGetValue(name, out var url) ? url : throw new InvalidOperationException($"asset '{name}' is missing from {Folder}");
}
