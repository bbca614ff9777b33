using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Output;
using Site.Core.Rendering;
using Site.Core.Resolving;
using Site.Core.Search;
using Site.Core.Validation;

namespace Site.Core.Pipeline;

/// <summary>
/// The build, composed in one place: load, validate, resolve, plan, render, export, index, commit. Each
/// stage is a small static function over immutable data. Validation hands the resolve stage what it
/// proved; every stage after resolve reads the resolved model and the page plan, computed once. Pages
/// and files go, through one writing thread, to a staging folder as they are made (nothing holds the
/// whole site in memory), and the staging folder replaces the output only when every stage succeeded:
/// an error anywhere leaves the previous output as it was.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Builds the site at the options' root; <paramref name="files"/> replaces its files (with drafts, for <c>new</c>).</summary>
    public static BuildResult Run(BuildOptions options, SiteFiles? files = null)
    {
        var diagnostics = new DiagnosticBag();
        if (Verify(options, files, diagnostics) is not { } verified)
        {
            return new BuildResult(diagnostics.ToSortedList(), null, 0, 0);
        }

        var site = verified.Site;
        var plan = PlanPages.Run(site);
        var pages = (plan.Length * Language.All.Length) + 1;
        if (!options.Write)
        {
            // check: every rule has run; rendering can fail only in a template, so one page of each kind
            // in each language shows a template error as well as all of them would.
            RenderPages.Run(site, options.RenderEveryPage ? plan : PlanPages.OnePerKind(plan), verified.Templates, verified.Assets, diagnostics, _ => { });
            return new BuildResult(diagnostics.ToSortedList(), site, 0, pages) { Verified = verified };
        }

        using var staging = StagingFolder.Create(options.ResolvedOutputPath);

        // Pages and downloads are made at the same time, each with a writer of its own: they go into
        // different folders, so neither writer waits on a folder the other is adding to.
        using var pageWriter = new SerialWriter(staging.Write);
        using var dataWriter = new SerialWriter(staging.Write);
        using var stopExports = new CancellationTokenSource();
        var exports = Task.Run(() => ExportFiles.Run(site, plan, verified.Assets, dataWriter.Add, stopExports.Token), stopExports.Token);
        RenderPages.Run(site, plan, verified.Templates, verified.Assets, diagnostics, pageWriter.Add);
        if (diagnostics.HasErrors)
        {
            stopExports.Cancel();
        }

        try
        {
            exports.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stopExports.IsCancellationRequested)
        {
            // A page failed to render: the downloads were stopped, and the build ends below.
        }

        pageWriter.Complete();
        dataWriter.Complete();
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), site, 0, pages);
        }

        if (options.Search is { } search && !search.Index(staging.Path, BuildSearchDocuments.Run(site, verified.Synonyms), diagnostics))
        {
            return new BuildResult(diagnostics.ToSortedList(), site, 0, pages);
        }

        var previous = staging.Commit(options.DeletePreviousOutput);
        return new BuildResult(diagnostics.ToSortedList(), site, pageWriter.Written + dataWriter.Written, pages) { Verified = verified, PreviousOutput = previous };
    }

    /// <summary>
    /// The stages every build runs before it renders: load, validate, resolve. Null when the site
    /// has an error (every one is in <paramref name="diagnostics"/>).
    /// </summary>
    public static VerifiedSite? Verify(BuildOptions options, SiteFiles? files, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.Root))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.File(options.Root), new Message("the site root folder does not exist", "网站根目录不存在"));
            return null;
        }

        files ??= SiteFiles.Open(options.Root);
        var loaded = LoadSite.Load(files, options.BaseUrl, diagnostics);
        var templates = TemplateSet.Load(files, diagnostics);
        var assets = Assets.Load(files);
        var synonyms = LoadSynonyms.Run(files, diagnostics);
        var proofs = loaded is null ? null : Validate.Run(loaded.Input, diagnostics);
        if (loaded is null || proofs is null || diagnostics.HasErrors)
        {
            return null;
        }

        var (site, resolution) = ResolveSite.Run(loaded.Input, proofs, null);
        return new VerifiedSite(files, loaded, proofs, resolution, site, templates, assets, synonyms);
    }
}
