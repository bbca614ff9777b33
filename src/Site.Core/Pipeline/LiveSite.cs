using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Output;
using Site.Core.Rendering;
using Site.Core.Resolving;
using Site.Core.Search;
using Site.Core.Validation;

namespace Site.Core.Pipeline;

/// <summary>
/// The site as `serve` keeps it between edits: the last build that passed (<see cref="VerifiedSite"/>) and
/// the output folder it shows. A change to reference data, templates or assets is a full build, as `build`
/// runs it. A change to indicator files only takes the quick way, in two steps:
/// <list type="number">
/// <item><see cref="Update"/>: the changed files are loaded again, checked by every rule (the rules that
/// compare indicators read them all; the reference data passed before and is the same), the site is
/// resolved again reusing every unchanged indicator, and the changed indicators' pages are written. An
/// error leaves the last good site as it was, and the files stay pending until an update passes.</item>
/// <item><see cref="Complete"/>: every other page and file is rendered again and written where its bytes
/// changed (a theme page lists the edited label, the open data holds the figure), and files the site no
/// longer makes are removed. Cancelled by the next edit, which does it again.</item>
/// </list>
/// After both, output/ holds exactly what a full build of the same files writes (a test compares them),
/// search aside: <see cref="Index"/> rebuilds the search index, in the background, from the same model.
/// </summary>
public sealed class LiveSite(BuildOptions options) : IDisposable
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private VerifiedSite? _good;

    // Kept from one update to the next (templates and interface strings change only with a full build):
    // its contexts have learnt the view types, which a new renderer would learn again on every edit.
    private PageRenderer? _renderer;

    // Previous outputs being deleted in the background, after a full build swapped a new one in.
    private readonly List<Task> _deletions = [];

    // What an earlier serve left moved aside is deleted once, before this one's first build (and before
    // any deletion of its own, which the search for leftovers would otherwise find too).
    private bool _leftoversDeleted;

    /// <summary>The folder served.</summary>
    public LiveOutput Output { get; } = new(options.ResolvedOutputPath);

    /// <summary>The site the last good build or update verified, or null before the first.</summary>
    public VerifiedSite? Current => _good;

    /// <summary>Whether every changed path (relative to the root, '/' separators) is an indicator file, and a good build came before.</summary>
    public bool CanUpdate(IEnumerable<string> changed) =>
        _good is not null && changed.All(path => path.StartsWith(LoadIndicators.Folder + "/", StringComparison.Ordinal) && SiteFiles.IsYaml(path));

    /// <summary>A full build into a staging folder, swapped in when it passes, without the search index (see <see cref="Index"/>).</summary>
    public BuildResult Build()
    {
        if (!_leftoversDeleted)
        {
            StagingFolder.DeleteLeftovers(options.ResolvedOutputPath);
            _leftoversDeleted = true;
        }

        var result = BuildPipeline.Run(options with { Search = null, DeletePreviousOutput = false });
        if (result.PreviousOutput is { } previous)
        {
            // The new site is served already; the old one (80,000 files at 10,000 indicators) goes meanwhile.
            _deletions.RemoveAll(deletion => deletion.IsCompleted);
            _deletions.Add(Task.Run(() => StagingFolder.DeleteQuietly(previous)));
        }

        if (result.Succeeded && result.Verified is { } verified)
        {
            _good = verified;
            _pending.Clear();
            _renderer?.Dispose();
            _renderer = new PageRenderer(verified.Templates, verified.Site.Strings);
        }

        return result;
    }

    /// <summary>
    /// The quick way for edited, added or removed indicator files (<see cref="CanUpdate"/>): verifies the
    /// site with them and writes the pages of the indicators they define. Returns every diagnostic and,
    /// when it passed, the URLs of the pages written.
    /// </summary>
    public LiveUpdate Update(IEnumerable<string> changed)
    {
        var good = _good ?? throw new InvalidOperationException("Update needs a good build first: check CanUpdate");
        _pending.UnionWith(changed);
        var diagnostics = new DiagnosticBag();
        var files = good.Files;
        var reloaded = _pending.Order(StringComparer.Ordinal)
            .Select(path => KeyValuePair.Create(path, files.Exists(path) ? LoadIndicators.File(files, path) : null))
            .ToList();
        foreach (var (_, file) in reloaded)
        {
            diagnostics.AddRange(file?.Diagnostics ?? []);
        }

        var loaded = good.Loaded.With(reloaded);
        var changedIndicators = reloaded.Select(f => f.Value?.Indicator).OfType<IndicatorInput>().ToImmutableArray();
        var changedTexts = reloaded.SelectMany(f => f.Value?.ChineseTexts ?? []).ToImmutableArray();
        var replaced = reloaded.Select(f => good.Loaded.File(f.Key)?.Indicator).OfType<IndicatorInput>();
        var proofs = Validate.Changed(loaded.Input, changedIndicators, changedTexts, replaced, good.Proofs, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new LiveUpdate(diagnostics.ToSortedList(), []);
        }

        var (site, resolution) = ResolveSite.Run(loaded.Input, proofs, good.Resolution);
        var verified = good with { Loaded = loaded, Proofs = proofs, Resolution = resolution, Site = site };

        // The edited indicators' own pages first: they are what the editor is looking at.
        var pages = PlanPages.IndicatorPages(site, changedIndicators.Select(i => resolution.Indicators[i]));
        RenderPages.Run(site, pages, _renderer!, verified.Assets, diagnostics, file => Output.Write(file));
        if (diagnostics.HasErrors)
        {
            return new LiveUpdate(diagnostics.ToSortedList(), []);
        }

        _good = verified;
        _pending.Clear();
        return new LiveUpdate(diagnostics.ToSortedList(), [.. pages.SelectMany(spec => Language.All.Select(spec.Url))]);
    }

    /// <summary>
    /// Renders and exports the whole of <paramref name="site"/> again, writing only the files whose bytes
    /// changed and removing those no longer made; returns the URLs of the pages that changed or went.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancel"/> fires (a newer edit).
    /// </summary>
    public LiveUpdate Complete(VerifiedSite site, CancellationToken cancel)
    {
        var made = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        void Write(OutputFile file)
        {
            cancel.ThrowIfCancellationRequested();
            made[file.Path] = Output.Write(file);
        }

        var diagnostics = new DiagnosticBag();
        var plan = PlanPages.Run(site.Site);
        RenderPages.Run(site.Site, plan, _renderer!, site.Assets, diagnostics, Write, cancel);
        ExportFiles.Run(site.Site, plan, site.Assets, Write, cancel);
        cancel.ThrowIfCancellationRequested();
        var removed = Output.RemoveAllBut(made.Keys.ToHashSet(StringComparer.Ordinal), SearchFolder);
        return new LiveUpdate(diagnostics.ToSortedList(), [.. made.Where(m => m.Value).Select(m => m.Key).Concat(removed)
            .Where(path => path.EndsWith("index.html", StringComparison.Ordinal))
            .Select(path => "/" + path[..^"index.html".Length])
            .Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Builds the search index of <paramref name="site"/> beside the output folder and swaps it in, one
    /// language's bundle at a time; false (with a diagnostic) when the indexer failed or is not installed.
    /// </summary>
    public bool Index(VerifiedSite site, ISearchIndexer indexer, DiagnosticBag diagnostics)
    {
        var parent = Path.GetDirectoryName(Output.Path) ?? ".";
        var staging = Path.Combine(parent, $".{Path.GetFileName(Output.Path)}.search-{Guid.NewGuid():N}");
        try
        {
            if (!indexer.Index(staging, BuildSearchDocuments.Run(site.Site, site.Synonyms), diagnostics))
            {
                return false;
            }

            foreach (var language in Language.All)
            {
                var made = Path.Combine(staging, PagefindIndexer.BundleFolder(language.Code));
                var served = Path.Combine(Output.Path, PagefindIndexer.BundleFolder(language.Code));
                var old = Path.Combine(staging, "old-" + language.Code);
                if (Directory.Exists(served))
                {
                    Directory.Move(served, old);
                }

                Directory.CreateDirectory(Path.GetDirectoryName(served)!);
                Directory.Move(made, served);
            }

            return true;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// Gives a previous output still being deleted a moment to finish (a small site's takes milliseconds),
    /// but does not hold up a serve that is stopping: what is left is deleted when serve next starts.
    /// </summary>
    public void Dispose()
    {
        Task.WaitAll([.. _deletions], TimeSpan.FromSeconds(2));
        _renderer?.Dispose();
    }

    // The search index's folder in output/: made by Index, apart from the pages.
    private static string SearchFolder => PagefindIndexer.BundleFolder(string.Empty).TrimEnd('/');
}
