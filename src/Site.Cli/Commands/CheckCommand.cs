using System.CommandLine;
using Site.Cli.Terminal;
using Site.Core.Pipeline;

namespace Site.Cli.Commands;

/// <summary><c>site check</c>: everything a build checks, without writing anything. For editors and CI.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var command = new Command("check", "Validate input/, data/ and theme/ and render every page in memory; write nothing.") { root };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(root)!.FullName) { Write = false };
            var result = BuildPipeline.Run(options);
            Report.Diagnostics(result, options.Root);
            if (!result.Succeeded)
            {
                return 1;
            }

            var site = result.Site!;
            var observations = site.Indicators.Sum(i => i.Observations.Length);
            var reports = site.Documents.Length == 1 ? "1 report" : $"{site.Documents.Length} reports";
            Report.Success($"ok: {site.Indicators.Length} indicators ({observations} observations, {site.FigureCount} figures) from {reports}, {result.PageCount} pages; every quote and figure verified");
            return 0;
        });
        return command;
    }
}
