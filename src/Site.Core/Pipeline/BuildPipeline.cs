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
/// and files go to a staging folder as they are made (nothing holds the whole site in memory), and the
/// staging folder replaces the output only when every stage succeeded: an error anywhere leaves the
/// previous output as it was.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Builds the site at the options' root; <paramref name="files"/> replaces its files (with drafts, for <c>new</c>).</summary>
    public static BuildResult Run(BuildOptions options, SiteFiles? files = null)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.Root))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.File(options.Root), new Message("the site root folder does not exist", "网站根目录不存在"));
            return new BuildResult(diagnostics.ToSortedList(), null, 0, 0);
        }

        files ??= SiteFiles.Open(options.Root);
        var input = LoadSite.Run(files, options.BaseUrl, diagnostics);
        var templates = TemplateSet.Load(files, diagnostics);
        var assets = Assets.Load(files);
        var synonyms = LoadSynonyms.Run(files, diagnostics);
        var proofs = input is null ? null : Validate.Run(input, diagnostics);
        if (input is null || proofs is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), null, 0, 0);
        }

        var site = ResolveSite.Run(input, proofs);
        var plan = PlanPages.Run(site);
        var pages = (plan.Length * Language.All.Length) + 1;
        if (!options.Write)
        {
            // check: every rule has run; rendering can fail only in a template, so one page of each kind
            // in each language shows a template error as well as all of them would.
            RenderPages.Run(site, options.RenderEveryPage ? plan : PlanPages.OnePerKind(plan), templates, assets, diagnostics, _ => { });
            return new BuildResult(diagnostics.ToSortedList(), site, 0, pages);
        }

        using var staging = StagingFolder.Create(options.ResolvedOutputPath);
        var written = 0;
        void Write(OutputFile file)
        {
            staging.Write(file);
            Interlocked.Increment(ref written);
        }

        RenderPages.Run(site, plan, templates, assets, diagnostics, Write);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), site, 0, pages);
        }

        ExportFiles.Run(site, plan, assets, Write);
        if (options.Search is { } search && !search.Index(staging.Path, BuildSearchDocuments.Run(site, synonyms), diagnostics))
        {
            return new BuildResult(diagnostics.ToSortedList(), site, 0, pages);
        }

        staging.Commit();
        return new BuildResult(diagnostics.ToSortedList(), site, written, pages);
    }
}
