using System.Collections.Immutable;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The export stage: every file that is not a page (open data, feeds, sitemap, assets), handed to
/// the writer as soon as it is made. Indicators' own files are made in parallel; each is a
/// pure function of the model, so the order they are written in changes nothing.
/// </summary>
public static class ExportFiles
{
    public static void Run(SiteModel site, ImmutableArray<PageSpec> plan, Assets assets, Action<OutputFile> write, CancellationToken cancel = default)
    {
        foreach (var file in OpenData.Shared(site).Concat(Feeds.Run(site)).Concat(Sitemap.Run(site, plan)).Concat(assets.Files))
        {
            write(file);
        }

        Parallel.ForEach(site.Indicators, new ParallelOptions { CancellationToken = cancel }, indicator =>
        {
            foreach (var file in OpenData.ForIndicator(site, indicator))
            {
                write(file);
            }
        });
    }
}
