using Site.Core.Diagnostics;
using Site.Core.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>Reads one YAML file into a node tree that keeps every position, or reports why it cannot.</summary>
public static class YamlFile
{
    /// <summary>Parses <paramref name="text"/>; a syntax error becomes one SITE001 diagnostic at its position.</summary>
    public static YamlNode? Parse(string relativePath, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, SourceSpan.File(relativePath), "the file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var span = new SourceSpan(relativePath, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column));
            diagnostics.Error(DiagnosticCodes.YamlSyntax, span, "YAML syntax error: " + Describe(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner occasionally fails without a YamlException on malformed input (an
            // unclosed flow sequence, say); the last event it read still tells where the trouble starts.
            var mark = parser.Current?.End;
            var span = mark is null ? SourceSpan.File(relativePath) : new SourceSpan(relativePath, Math.Max(1, (int)mark.Value.Line), Math.Max(1, (int)mark.Value.Column));
            diagnostics.Error(DiagnosticCodes.YamlSyntax, span, "YAML syntax error: an unclosed bracket, brace or quote starts near here");
            return null;
        }
    }

    public static SourceSpan SpanOf(string relativePath, YamlNode node) =>
        new(relativePath, Math.Max(1, (int)node.Start.Line), Math.Max(1, (int)node.Start.Column));

    /// <summary>
    /// A scalar's text as written, with the column of its first character when that column is exact: the
    /// scalar sits on one line, plain or quoted, with no escapes (\" or '' make the written line longer
    /// than the text, and then a column would lie).
    /// </summary>
    public static LocatedText Located(string relativePath, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var span = SpanOf(relativePath, scalar);
        var oneLine = scalar.Start.Line == scalar.End.Line && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        int? column = oneLine && text.AsSpan().IndexOfAny("\\'\"") < 0 ? span.Column + (scalar.Style == ScalarStyle.Plain ? 0 : 1) : null;
        return new LocatedText(text, span, column);
    }

    // YamlDotNet wraps the useful message ("Duplicate key", "did not find expected key") in position text
    // we already print; keep only the innermost sentence.
    private static string Describe(YamlException e)
    {
        var inner = e;
        while (inner.InnerException is YamlException deeper)
        {
            inner = deeper;
        }

        var message = inner.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.Trim().TrimEnd('.');
    }
}
