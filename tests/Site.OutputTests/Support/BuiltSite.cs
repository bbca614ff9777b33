using System.Collections.Concurrent;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Model;
using Site.Core.Pipeline;

namespace Site.OutputTests.Support;

/// <summary>
/// The repository's own site, built once for all output tests into a temporary folder (without the
/// search index, which the browser tests cover), with its model and open data at hand. It must build
/// without a single diagnostic, warnings included.
/// </summary>
public class BuiltSite : IDisposable
{
    private readonly ConcurrentDictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    public BuiltSite()
        : this(RepositoryRoot.Path)
    {
    }

    protected BuiltSite(string root)
    {
        Output = Path.Combine(Path.GetTempPath(), "site-output-" + Guid.NewGuid().ToString("N")[..12]);
        var result = BuildPipeline.Run(new BuildOptions(root) { OutputPath = Output });
        // Not even a warning (a figure cited twice, say): the published sites build clean.
        if (!result.Succeeded || result.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"the site at {root} does not build clean:\n" + string.Join("\n", result.Diagnostics.Select(d => d.FirstLine)));
        }

        Model = result.Site!;
        OpenData = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "data", "indicators.json")));
    }

    public string Output { get; }

    public SiteModel Model { get; }

    public JsonDocument OpenData { get; }

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public IDocument Page(string relativePath) =>
        _pages.GetOrAdd(relativePath, p => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, p))));

    /// <summary>The file a root-relative URL points at, or null.</summary>
    public string? FileFor(string url)
    {
        var path = url.Split('#')[0].Split('?')[0];
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        return File.Exists(Path.Combine(Output, relative)) ? relative : null;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            OpenData.Dispose();
            Directory.Delete(Output, recursive: true);
        }
    }
}
