using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Pipeline;
using Spectre.Console;

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

    public static void Diagnostics(BuildResult result, string root)
    {
        var files = new SiteFiles(root);
        var error = Console.Error;
        foreach (var diagnostic in result.Diagnostics)
        {
            var lines = diagnostic.Format(files.Line(diagnostic.Span.Path, diagnostic.Span.Line)).Split('\n');
            error.WriteLine(Paint(lines[0], diagnostic.Severity == Severity.Error ? "31;1" : "33;1"));
            foreach (var line in lines.Skip(1))
            {
                error.WriteLine(Paint(line, "2"));
            }
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            error.WriteLine(Paint($"{errors} error{(errors == 1 ? string.Empty : "s")}; nothing was written (the previous output is untouched)", "31"));
        }
    }

    public static void Success(string message) => AnsiConsole.MarkupLine($"[green]{Markup.Escape(message)}[/]");

    public static void Info(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    private static string Paint(string text, string code) => Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
