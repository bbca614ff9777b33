namespace Site.Core.Pipeline;

/// <summary>What a build is asked to do.</summary>
public sealed record BuildOptions(string Root)
{
    /// <summary>Where the site is written; defaults to output/ under the root.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Overrides data/site.yaml's base URL (deploy previews).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>False for `check`: validate and render, write nothing.</summary>
    public bool Write { get; init; } = true;

    /// <summary>
    /// When nothing is written, whether to render every page (tests of the rendering) or one page of each
    /// kind in each language (`check`, `new`: a template error shows either way, at a fraction of the time).
    /// </summary>
    public bool RenderEveryPage { get; init; } = true;

    /// <summary>Builds the search index into the staging folder; null skips search (tests of other stages).</summary>
    public Search.ISearchIndexer? Search { get; init; }

    /// <summary>
    /// Whether the previous output, once the new one is swapped in, is deleted before the build returns
    /// (the default: `build` leaves nothing behind) or handed back in <see cref="BuildResult.PreviousOutput"/>
    /// for the caller to delete (`serve`, in the background).
    /// </summary>
    public bool DeletePreviousOutput { get; init; } = true;

    public string ResolvedOutputPath => OutputPath ?? Path.Combine(Root, "output");
}
