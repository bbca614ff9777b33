using System.CommandLine;
using Site.Cli.Terminal;
using Site.Core.Authoring;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Pipeline;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site new</c>: starts an indicator file from the words it cites. It reads the value, unit and
/// qualifier from the quote, finds the paragraph when it is not named, and writes input/ID.yaml with
/// the schema line and the citation, leaving the English and the descriptions for the editor. Before
/// writing, the file is checked with every rule of a build (as if it were on disk), so a quote that is
/// not in its paragraph gets exactly the diagnostic <c>check</c> would give; then nothing is written.
/// </summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var lang = CommonOptions.Lang();
        var id = new Option<string>("--id") { Description = "新指标的id（小写字母、数字和连字符，例如 elevator-retrofits-2024）/ the new indicator's id (kebab-case)", Required = true };
        var quote = new Option<string>("--quote") { Description = "引文：报告原文中包含数值的一段文字，一字不差 / the report's words holding the figure, verbatim", Required = true };
        var document = new Option<string?>("--document") { Description = "报告的id；默认为最新的报告 / the source document's id (default: the newest)" };
        var paragraph = new Option<string?>("--paragraph") { Description = "段落id，例如 p7；默认查找包含引文的段落 / the paragraph's id (default: the one holding the quote)" };
        var theme = new Option<string?>("--theme") { Description = "主题id；默认为该段落的主题 / the theme's id (default: the paragraph's)" };
        var period = new Option<int?>("--period") { Description = "数值所属的年份；默认为报告日期的上一年 / the year the figure describes (default: the year before the report's date)" };
        var command = new Command("new", "新建一个指标文件：从引文中读出数值、单位和限定词 / Start an indicator file from the words it cites.")
        {
            id, quote, document, paragraph, theme, period, root, lang,
        };
        command.SetAction(parse => Run(
            parse.GetValue(root)!.FullName,
            new DraftRequest(
                parse.GetValue(id)!,
                parse.GetValue(document),
                parse.GetValue(paragraph) ?? string.Empty,
                parse.GetValue(quote)!,
                parse.GetValue(theme),
                parse.GetValue(period),
                DateOnly.FromDateTime(DateTime.Now)),
            OutputLanguage.Choose(parse.GetValue(lang), Environment.GetEnvironmentVariable)));
        return command;
    }

    public static int Run(string root, DraftRequest request, Language language)
    {
        var files = SiteFiles.Open(root);
        var loading = new DiagnosticBag();
        if (LoadSite.Run(files, null, loading) is not { } site)
        {
            Report.Diagnostics(loading.ToSortedList(), files, language);
            return 1;
        }

        // An existing file is the first thing to hear about: nothing else matters until the id is free.
        var path = $"{LoadIndicators.Folder}/{request.Id}.yaml";
        if (Ids.IsKebabCase(request.Id) && files.Exists(path))
        {
            Report.Refused(
                new Message($"{path} already exists", $"{path}已经存在"),
                new Message("choose another --id, or edit that file", "请换一个--id，或者直接编辑那个文件"),
                language);
            return 1;
        }

        var result = DraftIndicator.Run(site, request, SchemaReference(files, path));
        if (result.Draft is not { } draft)
        {
            Report.Refused(result.Problem!, result.Hint, language);
            return 1;
        }

        // The file as it will be, with placeholders in its blanks, through every stage of a build.
        var check = BuildPipeline.Run(new BuildOptions(root) { Write = false, RenderEveryPage = false }, files.WithDraft(draft.Path, draft.FilledText));
        var own = check.Diagnostics.Where(d => d.Span.Path == draft.Path).ToList();
        if (own.Count > 0)
        {
            // A warning too keeps the file unwritten: a new file should start clean (a figure cited twice, say).
            var notWritten = new Message($"{draft.Path} was not written", $"没有写出{draft.Path}");
            Report.Diagnostics(own, files.WithDraft(draft.Path, draft.Text), language, notWritten);
            if (own.All(d => d.Severity != Severity.Error))
            {
                Report.Refused(notWritten, null, language);
            }

            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(files.Full(draft.Path))!);
        File.WriteAllText(files.Full(draft.Path), draft.Text);
        var figure = draft.Figure;
        var theme = draft.ThemeId.Length > 0 ? draft.ThemeId : language.Pick("（待选择）", "(to choose)");
        Report.Success(language.Pick(
            $"已写出 {draft.Path}：{figure.Written.Text}（value {figure.ValueText}，unit {figure.Unit.Id}{(figure.Qualifier is { } q ? $"，qualifier {q.Id}" : string.Empty)}），段落 {draft.ParagraphId}，主题 {theme}，年份 {draft.Period}",
            $"wrote {draft.Path}: {figure.Written.Text} (value {figure.ValueText}, unit {figure.Unit.Id}{(figure.Qualifier is { } r ? $", qualifier {r.Id}" : string.Empty)}), paragraph {draft.ParagraphId}, theme {theme}, period {draft.Period}"));
        Report.Info(language.Pick(
            "下一步：填写文件中每个空着的 \"\"（英文名称、说明和译文），然后运行 check",
            "next: fill in every empty \"\" in the file (the English, the descriptions, the translation), then run check"));
        var others = check.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (others > 0)
        {
            Report.Info(language.Pick($"注意：网站的其他文件还有 {others} 个问题，请运行 check 查看", $"note: other files of the site have {others} problem{(others == 1 ? string.Empty : "s")}; run check to see them"));
        }

        return 0;
    }

    // The schema line's target, relative to the new file: the first layer (the site, then its base) that has the schema.
    private static string? SchemaReference(SiteFiles files, string path)
    {
        var schema = files.Layers
            .Select(layer => Path.Combine(layer, "schemas", "indicator.schema.json"))
            .FirstOrDefault(File.Exists);
        return schema is null
            ? null
            : Path.GetRelativePath(Path.GetDirectoryName(files.Full(path))!, schema).Replace('\\', '/');
    }
}
