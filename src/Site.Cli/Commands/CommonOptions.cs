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

    public static Option<string?> Lang()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "消息的语言：zh 或 en；默认取环境设置（LANG、LC_ALL等），否则为英文 / The language of messages: zh or en. Default: the environment's (LANG, LC_ALL ...), else English.",
        };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }
}
