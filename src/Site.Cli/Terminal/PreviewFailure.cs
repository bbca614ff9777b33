using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;

namespace Site.Cli.Terminal;

/// <summary>
/// A failed rebuild as the preview's pages show it: each diagnostic as the terminal prints it (first
/// line, hint, the source line with a caret), in the preview's language, with the panel's own words.
/// </summary>
internal static class PreviewFailure
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IReadOnlyList<Diagnostic> diagnostics, SiteFiles files, Language language) => JsonSerializer.Serialize(
        new Dictionary<string, object>
        {
            ["lang"] = language.HtmlLang,
            ["title"] = language.Pick($"重建失败：{diagnostics.Count} 个问题", $"The rebuild failed: {diagnostics.Count} problem{(diagnostics.Count == 1 ? string.Empty : "s")}"),
            ["note"] = language.Pick("下面是上一次成功生成的页面。改正后保存文件，页面会自动刷新。", "Below is the page as last built. Fix the file and save it: the page reloads by itself."),
            ["close"] = language.Pick("关闭", "Close"),
            ["diagnostics"] = diagnostics.Select(d => d.Format(files.Line(d.Span.Path, d.Span.Line), language)).ToList(),
        },
        Options);
}
