using System.Globalization;
using System.Text;
using Site.Core.Model;

namespace Site.Core.Diagnostics;

/// <summary>
/// One problem found in the site's input, as data: a stable code, a position and a message in both
/// languages. Its first line is always <c>path:line:col: error CODE: message</c> (only the message is
/// translated); a hint and the offending source line with a caret may follow on their own lines.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, Message Message)
{
    /// <summary>An optional second line telling the editor how to fix the problem.</summary>
    public Message? Hint { get; init; }

    public static Diagnostic Error(string code, SourceSpan span, Message message, Message? hint = null) =>
        new(code, Severity.Error, span, message) { Hint = hint };

    /// <summary>The one-line form every tool and test relies on, in English.</summary>
    public string FirstLine => FirstLineIn(Language.En);

    /// <summary>The one-line form with the message in <paramref name="language"/>; path, position, severity and code stay as they are.</summary>
    public string FirstLineIn(Language language) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Span.Path}:{Span.Line}:{Span.Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message.In(language)}");

    /// <summary>The full text: first line, hint, and the source line with a caret when it can be read.</summary>
    public string Format(string? sourceLine, Language? language = null)
    {
        language ??= Language.En;
        var text = new StringBuilder(FirstLineIn(language));
        if (Hint is not null)
        {
            text.Append('\n').Append(language.Pick("  提示：", "  hint: ")).Append(Hint.In(language));
        }

        if (sourceLine is not null)
        {
            var (shown, column) = Window(sourceLine, Span.Column);
            var gutter = Span.Line.ToString(CultureInfo.InvariantCulture);
            text.Append('\n').Append(' ', 2).Append(gutter).Append(" | ").Append(shown);
            text.Append('\n').Append(' ', 2 + gutter.Length).Append(" | ")
                .Append(Caret.Indent(shown, column)).Append('^');
        }

        return text.ToString();
    }

    // A long line is shown as the stretch around the column, so a diagnostic stays readable whatever the file holds.
    private static (string Line, int Column) Window(string line, int column)
    {
        const int Width = 100;
        if (line.Length <= Width)
        {
            return (line, column);
        }

        var start = Math.Clamp(column - 1 - (Width / 2), 0, line.Length - Width);
        var shown = string.Concat(start > 0 ? "…" : string.Empty, line.AsSpan(start, Width), start + Width < line.Length ? "…" : string.Empty);
        return (shown, column - start + (start > 0 ? 1 : 0));
    }

    public override string ToString() => FirstLine;
}
