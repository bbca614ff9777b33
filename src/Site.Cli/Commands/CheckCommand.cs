using System.CommandLine;
using Site.Cli.Terminal;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Pipeline;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site check</c>: everything a build checks, without writing anything. For editors and CI: as text
/// for a person, as GitHub Actions annotations on a pull request's lines, or as one JSON document.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var lang = CommonOptions.Lang();
        var format = new Option<OutputFormat>("--format")
        {
            Description = "text (default), github (annotations on a pull request, and a step summary) or json (one document on stdout).",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var command = new Command("check", "Validate input/, data/ and theme/ and render every page in memory; write nothing.") { root, format, lang };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(root)!.FullName) { Write = false, RenderEveryPage = false };
            var language = OutputLanguage.Choose(parse.GetValue(lang), Environment.GetEnvironmentVariable);
            var result = BuildPipeline.Run(options);
            return parse.GetValue(format) switch
            {
                OutputFormat.Json => Json(result, options.Root),
                OutputFormat.GitHub => GitHub(result, options.Root, language),
                _ => Text(result, options.Root, language),
            };
        });
        return command;
    }

    private static int Text(BuildResult result, string root, Language language)
    {
        // check writes nothing in any case: what helps is where to start.
        var one = result.Diagnostics.Count(d => d.Severity == Severity.Error) == 1;
        Report.Diagnostics(result.Diagnostics, new Site.Core.Loading.SiteFiles(root), language, one
            ? new Message("fix it, then run check again (fixing one can bring out another)", "改正后请再运行check（改正一处后，可能会发现新的问题）")
            : new Message("fix them from the first, then run check again (fixing one can bring out another)", "请从第一条改起，改完再运行check（改正一处后，可能会发现新的问题）"));
        if (!result.Succeeded)
        {
            return 1;
        }

        Report.Success(Summary(result, language));
        return 0;
    }

    // Paths as the repository names them (GitHub matches annotations to a pull request's files so).
    private static int GitHub(BuildResult result, string root, Language language)
    {
        var located = result.Diagnostics.Select(d => (Diagnostic: d, Path: RepositoryPath(root, d.Span.Path))).ToList();
        foreach (var (diagnostic, path) in located)
        {
            Console.Out.WriteLine(GitHubAnnotations.Command(diagnostic, path, language));
        }

        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            File.AppendAllText(summary, result.Succeeded ? Summary(result, language) + "\n" : GitHubAnnotations.Summary(located, language));
        }

        Console.Out.WriteLine(result.Succeeded ? Summary(result, language) : language.Pick($"{located.Count} 个问题", $"{located.Count} problem{(located.Count == 1 ? string.Empty : "s")}"));
        return result.Succeeded ? 0 : 1;
    }

    private static int Json(BuildResult result, string root)
    {
        Console.Out.Write(JsonReport.Write(result, d => RepositoryPath(root, d.Span.Path)));
        Console.Out.WriteLine();
        return result.Succeeded ? 0 : 1;
    }

    private static string Summary(BuildResult result, Language language)
    {
        var site = result.Site!;
        var observations = site.Indicators.Sum(i => i.Observations.Length);
        return language.Pick(
            $"通过：{site.Indicators.Length} 个指标（{observations} 期数据，{site.FigureCount} 个数值），引自 {site.Documents.Length} 份报告，共 {result.PageCount} 个页面；每条引文和每个数值均已核对",
            $"ok: {site.Indicators.Length} indicators ({observations} observations, {site.FigureCount} figures) from {(site.Documents.Length == 1 ? "1 report" : $"{site.Documents.Length} reports")}, {result.PageCount} pages; every quote and figure verified");
    }

    // A site file's path relative to the current folder (the repository's root in CI), with '/' separators.
    private static string RepositoryPath(string root, string path) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, path)).Replace('\\', '/');
}
