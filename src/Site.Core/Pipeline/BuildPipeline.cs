using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Output;
using Site.Core.Rendering;
using Site.Core.Resolving;
using Site.Core.Search;
using Site.Core.Validation;

namespace Site.Core.Pipeline;

/// <summary>
/// The build, composed in one place: load, validate, resolve, plan, render, export, write (with the
/// search index built last, in the staging folder). Each stage is a small static function over immutable
/// data. Validation hands the resolve stage what it proved; every stage after resolve reads the resolved
/// model and the page plan, computed once. The pipeline stops before writing anything if any stage
/// reported an error.
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
        var pages = RenderPages.Run(site, plan, templates, assets, diagnostics);
        ImmutableArray<OutputFile> output = [.. pages, .. OpenData.Run(site), .. Feeds.Run(site), .. Sitemap.Run(site, plan), .. assets.Files];
        if (diagnostics.HasErrors || !options.Write)
        {
            return new BuildResult(diagnostics.ToSortedList(), site, output.Length, pages.Length);
        }

        var search = options.Search is null ? [] : BuildSearchDocuments.Run(site, synonyms);
        WriteSite.Run(output, options.ResolvedOutputPath, (folder, bag) => options.Search?.Index(folder, search, bag) ?? true, diagnostics);
        return new BuildResult(diagnostics.ToSortedList(), site, output.Length, pages.Length);
    }
}
