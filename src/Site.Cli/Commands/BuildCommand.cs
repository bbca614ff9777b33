using System.CommandLine;
using Site.Cli.Terminal;
using Site.Core.Pipeline;
using Site.Core.Search;

namespace Site.Cli.Commands;

/// <summary><c>site build</c>: validates everything and writes the site, or reports every problem and writes nothing.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var noSearch = CommonOptions.NoSearch();
        var command = new Command("build", "Build the site into output/ (the previous output stays untouched if anything fails).")
        {
            root, output, baseUrl, noSearch,
        };
        command.SetAction(parse => Run(new BuildOptions(parse.GetValue(root)!.FullName)
        {
            OutputPath = parse.GetValue(output)?.FullName,
            BaseUrl = parse.GetValue(baseUrl),
            Search = parse.GetValue(noSearch) ? null : PagefindIndexer.For(parse.GetValue(root)!.FullName),
        }));
        return command;
    }

    public static int Run(BuildOptions options)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = BuildPipeline.Run(options);
        Report.Diagnostics(result, options.Root);
        if (!result.Succeeded)
        {
            return 1;
        }

        Report.Success($"built {result.PageCount} pages ({result.FileCount} files) into {Path.GetRelativePath(Directory.GetCurrentDirectory(), options.ResolvedOutputPath)} in {stopwatch.ElapsedMilliseconds} ms"
            + (options.Search is null ? " (no search index: --no-search)" : string.Empty));
        return 0;
    }
}
