using System.Globalization;
using System.Text;

namespace Site.Core.Diagnostics;

/// <summary>
/// One problem found in the site's input, as data: a stable code, a position and a message.
/// Its first line is always <c>path:line:col: error CODE: message</c>; a hint and the offending source
/// line with a caret may follow on their own lines.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, string Message)
{
    /// <summary>An optional second line telling the editor how to fix the problem.</summary>
    public string? Hint { get; init; }

    public static Diagnostic Error(string code, SourceSpan span, string message, string? hint = null) =>
        new(code, Severity.Error, span, message) { Hint = hint };

    /// <summary>The one-line form every tool and test relies on.</summary>
    public string FirstLine =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Span.Path}:{Span.Line}:{Span.Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}");

    /// <summary>The full text: first line, hint, and the source line with a caret when it can be read.</summary>
    public string Format(string? sourceLine)
    {
        var text = new StringBuilder(FirstLine);
        if (Hint is not null)
        {
            text.Append("\n  hint: ").Append(Hint);
        }

        if (sourceLine is not null)
        {
            var gutter = Span.Line.ToString(CultureInfo.InvariantCulture);
            text.Append('\n').Append(' ', 2).Append(gutter).Append(" | ").Append(sourceLine);
            text.Append('\n').Append(' ', 2 + gutter.Length).Append(" | ")
                .Append(Caret.Indent(sourceLine, Span.Column)).Append('^');
        }

        return text.ToString();
    }

    public override string ToString() => FirstLine;
}
