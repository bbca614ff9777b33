using System.Globalization;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Cli.Terminal;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands, so each appears on its line of a pull request's
/// changed files: <c>::error file=…,line=…,col=…,title=CODE::message</c>. Values are percent-encoded as
/// the runner requires (%, CR and LF in the message; also : and , in properties). GitHub shows only the
/// first ten annotations of a step, so the whole list also goes to the step summary as a table.
/// </summary>
internal static class GitHubAnnotations
{
    public static string Command(Diagnostic diagnostic, string path, Language language)
    {
        var message = diagnostic.Message.In(language);
        if (diagnostic.Hint is { } hint)
        {
            message += "\n" + language.Pick("提示：", "hint: ") + hint.In(language);
        }

        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return string.Create(CultureInfo.InvariantCulture,
            $"::{kind} file={Property(path)},line={diagnostic.Span.Line},col={diagnostic.Span.Column},title={Property(diagnostic.Code)}::{Data(message)}");
    }

    /// <summary>The step summary: every diagnostic in a Markdown table, with the count.</summary>
    public static string Summary(IReadOnlyList<(Diagnostic Diagnostic, string Path)> diagnostics, Language language)
    {
        var text = new StringBuilder();
        text.Append(language.Pick($"### 检查发现 {diagnostics.Count} 个问题\n\n", $"### The check found {diagnostics.Count} problem{(diagnostics.Count == 1 ? string.Empty : "s")}\n\n"));
        text.Append(language.Pick("| 位置 | 代码 | 问题 | 提示 |\n", "| Where | Code | Problem | Hint |\n"));
        text.Append("| --- | --- | --- | --- |\n");
        foreach (var (diagnostic, path) in diagnostics)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"| `{path}:{diagnostic.Span.Line}:{diagnostic.Span.Column}` | {diagnostic.Code} | "))
                .Append(Cell(diagnostic.Message.In(language))).Append(" | ")
                .Append(diagnostic.Hint is { } hint ? Cell(hint.In(language)) : string.Empty).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Data(string value) => value
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) => Data(value)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);

    // A table cell holds one line, and a | would end it.
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
