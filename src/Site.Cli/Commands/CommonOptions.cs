using System.CommandLine;

namespace Site.Cli.Commands;

/// <summary>Options shared by every command.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The site's root folder (holding input/, data/ and theme/). Default: the current directory.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<DirectoryInfo?> Output() => new("--output")
    {
        Description = "Where to write the site. Default: output/ under the root.",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Overrides the production base URL in data/site.yaml (e.g. a deploy preview's URL).",
    };

    public static Option<bool> NoSearch() => new("--no-search")
    {
        Description = "Skip the search index (faster local builds; the search page then finds nothing).",
    };
}
