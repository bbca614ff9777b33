using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Pipeline;

namespace Site.Cli.Terminal;

/// <summary>
/// Prints diagnostics to standard error. The first line of each is exactly
/// <c>path:line:col: error CODE: message</c> (editors and CI parse it); a hint and the source line
/// with a caret follow. Diagnostic lines are written unwrapped (a console library would wrap them at
/// the terminal's width and break that contract); colour is added only on a terminal.
/// </summary>
internal static class Report
{
    private static readonly bool Colour = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public static void Diagnostics(BuildResult result, string root, Language language) =>
        Diagnostics(result.Diagnostics, new SiteFiles(root), language);

    /// <summary>Prints the diagnostics, then the count with what became of the output (by default: nothing was written).</summary>
    public static void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, SiteFiles files, Language language, Message? outcome = null)
    {
        var error = Console.Error;
        foreach (var diagnostic in diagnostics)
        {
            var lines = diagnostic.Format(files.Line(diagnostic.Span.Path, diagnostic.Span.Line), language).Split('\n');
            error.WriteLine(Paint(lines[0], diagnostic.Severity == Severity.Error ? "31;1" : "33;1"));
            foreach (var line in lines.Skip(1))
            {
                error.WriteLine(Paint(line, "2"));
            }
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            outcome ??= new Message("nothing was written (the previous output is untouched)", "没有写出任何文件（之前的输出保持不变）");
            error.WriteLine(Paint(
                language.Pick($"{errors} 个错误；{outcome.Zh}", $"{errors} error{(errors == 1 ? string.Empty : "s")}; {outcome.En}"),
                "31"));
        }
    }

    /// <summary>A problem with a command's arguments (not with a file): <c>error: message</c>, then its hint.</summary>
    public static void Refused(Message message, Message? hint, Language language)
    {
        Console.Error.WriteLine(Paint(language.Pick("错误：", "error: ") + message.In(language), "31;1"));
        if (hint is not null)
        {
            Console.Error.WriteLine(Paint(language.Pick("  提示：", "  hint: ") + hint.In(language), "2"));
        }
    }

    // Written as one line whatever the terminal's width: tools read these lines too.
    public static void Success(string message) => Console.Out.WriteLine(PaintOut(message, "32"));

    public static void Info(string message) => Console.Out.WriteLine(PaintOut(message, "2"));

    private static readonly bool ColourOut = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    private static string Paint(string text, string code) => Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private static string PaintOut(string text, string code) => ColourOut ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
