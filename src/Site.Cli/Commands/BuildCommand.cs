using System.CommandLine;
using Site.Cli.Terminal;
using Site.Core.Model;
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
        var lang = CommonOptions.Lang();
        var command = new Command("build", "Build the site into output/ (the previous output stays untouched if anything fails).")
        {
            root, output, baseUrl, noSearch, lang,
        };
        command.SetAction(parse => Run(
            new BuildOptions(parse.GetValue(root)!.FullName)
            {
                OutputPath = parse.GetValue(output)?.FullName,
                BaseUrl = parse.GetValue(baseUrl),
                Search = parse.GetValue(noSearch) ? null : PagefindIndexer.For(parse.GetValue(root)!.FullName),
            },
            OutputLanguage.Choose(parse.GetValue(lang), Environment.GetEnvironmentVariable)).Succeeded ? 0 : 1);
        return command;
    }

    public static BuildResult Run(BuildOptions options, Language language)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = BuildPipeline.Run(options);
        Report(result, options, language, stopwatch.ElapsedMilliseconds, search: options.Search is not null);
        return result;
    }

    /// <summary>Prints a build's diagnostics, or what it wrote and how long it took; <paramref name="search"/> says whether it made (or serve makes) the search index.</summary>
    public static void Report(BuildResult result, BuildOptions options, Language language, long milliseconds, bool search)
    {
        Terminal.Report.Diagnostics(result, options.Root, language);
        if (!result.Succeeded)
        {
            return;
        }

        var folder = Path.GetRelativePath(Directory.GetCurrentDirectory(), options.ResolvedOutputPath);
        Terminal.Report.Success(language.Pick(
            $"已生成 {result.PageCount} 个页面（{result.FileCount} 个文件），写入 {folder}，用时 {milliseconds} 毫秒" + (search ? string.Empty : "（未建搜索索引：--no-search）"),
            $"built {result.PageCount} pages ({result.FileCount} files) into {folder} in {milliseconds} ms" + (search ? string.Empty : " (no search index: --no-search)")));
    }
}
