using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Input;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Reads one YAML file into a node tree that keeps every position, or reports why it cannot. The reader
/// has limits of its own, so no file can crash or hang a build: at most <see cref="MaxBytes"/> bytes,
/// strict UTF-8, and none of the YAML features an editor's file has no use for and an attacker would
/// (tags such as <c>!custom</c>, anchors and aliases, which can multiply a small file into billions of
/// nodes, and nesting deeper than <see cref="MaxDepth"/>, which could exhaust the parser's stack).
/// </summary>
public static class YamlFile
{
    /// <summary>The largest file read: a report of many paragraphs is well under it.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings read; the site's files use five or six levels.</summary>
    public const int MaxDepth = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses a site file within the limits, reporting SITE032 (too large), SITE033 (not UTF-8), SITE034 (a YAML feature not allowed) or SITE001.</summary>
    public static YamlNode? Load(SiteFiles files, string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = files.ReadBytes(relativePath);
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Error(
                DiagnosticCodes.FileTooLarge,
                SourceSpan.File(relativePath),
                new Message(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {bytes.Length / 1024:N0} KB; files of this site are at most {MaxBytes / 1024:N0} KB"),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"文件大小为{bytes.Length / 1024} KB，本站文件最大为{MaxBytes / 1024} KB")),
                new Message("split it, or check that it is the file you meant to add", "请拆分文件，或检查是否放错了文件"));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(3) : bytes);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Error(
                DiagnosticCodes.NotUtf8,
                PositionOfByte(relativePath, bytes, e.Index),
                new Message("the file is not UTF-8 text (it may be saved as GBK or GB2312)", "文件不是UTF-8编码（可能保存成了GBK或GB2312）"),
                new Message("save it as UTF-8 in your editor (in VS Code: the encoding in the status bar, then 'Save with Encoding')", "请在编辑器中以UTF-8编码另存（VS Code：点击状态栏中的编码，选择“通过编码保存”）"));
            return null;
        }

        return Parse(relativePath, text, diagnostics);
    }

    /// <summary>Parses <paramref name="text"/>; a syntax error becomes one SITE001 diagnostic at its position.</summary>
    public static YamlNode? Parse(string relativePath, string text, DiagnosticBag diagnostics)
    {
        var (allowed, events) = FeaturesAllowed(relativePath, text, diagnostics);
        if (!allowed)
        {
            return null;
        }

        // The features pass read the whole file without a syntax error: build the nodes from its events.
        // Otherwise parse again, so the error is reported where the parser meets it.
        IParser parser = events is null ? new Parser(new StringReader(text)) : new ReplayParser(events);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, SourceSpan.File(relativePath), new Message("the file is empty", "文件是空的"));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var span = new SourceSpan(relativePath, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column));
            SyntaxError(relativePath, text, span, Describe(e), diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner occasionally fails without a YamlException on malformed input (an
            // unclosed flow sequence, say); the last event it read still tells where the trouble starts.
            var mark = parser.Current?.End;
            var span = mark is null ? SourceSpan.File(relativePath) : new SourceSpan(relativePath, Math.Max(1, (int)mark.Value.Line), Math.Max(1, (int)mark.Value.Column));
            SyntaxError(relativePath, text, span, "end of stream in a flow", diagnostics);
            return null;
        }
    }

    // One pass over the parser's events, before any node is built: refuses a key written twice in one
    // mapping, a second document, tags, anchors, aliases and deep nesting, where they stand. A syntax error
    // is left to the real parse, which reports it.
    private static (bool Allowed, List<ParsingEvent>? Events) FeaturesAllowed(string relativePath, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
        // Sized from the text (an indicator file has about one event per 12 characters) so the list is
        // not copied as it grows.
        var events = new List<ParsingEvent>(Math.Min(text.Length / 12, 1 << 16) + 16);
        var depth = 0;
        var documents = 0;
        ParsingEvent? previous = null;
        var mappings = new Stack<MappingKeys?>(MaxDepth);
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current is Comment comment && CutShort(text, previous, comment) is { } cut)
                {
                    diagnostics.Error(
                        DiagnosticCodes.YamlSyntax,
                        new SourceSpan(relativePath, Math.Max(1, (int)comment.Start.Line), Math.Max(1, (int)comment.Start.Column)),
                        new Message($"' #' starts a comment, so '#{cut}' is not part of the value before it", $"“ #”表示注释开始，所以“#{cut}”不属于前面的值"),
                        new Message("put the whole value in quotation marks (\"…\"), or write the # without a space before it", "请用引号（\"…\"）把整个值括起来，或者去掉#前面的空格"));
                    return (false, null);
                }

                previous = current is Comment ? previous : current;
                if (current is not Comment and not null)
                {
                    events.Add(current);
                }

                var repeated = current is NodeEvent nodeEvent && mappings.TryPeek(out var keys) && keys is not null ? keys.Repeated(nodeEvent) : null;
                if (current is MappingStart)
                {
                    mappings.Push(new MappingKeys());
                }
                else if (current is SequenceStart)
                {
                    mappings.Push(null);
                }
                else if (current is MappingEnd or SequenceEnd)
                {
                    mappings.TryPop(out _);
                }

                var refused = current switch
                {
                    // A second document (after ---) would be ignored without a word; say so instead.
                    DocumentStart when ++documents > 1 => new Message("a second YAML document starts here (after ---); a site file holds one", "此处开始了第二个YAML文档（在---之后）；本站每个文件只能有一个文档"),
                    AnchorAlias => new Message("an alias (*name) repeats another part of the file; write the value out", "别名（*名称）会重复文件的其他部分，请直接写出值"),
                    NodeEvent { Anchor.IsEmpty: false } => new Message("an anchor (&name) marks a part of the file to repeat; write values out instead", "锚点（&名称）用于重复文件的某部分，请直接写出值"),
                    NodeEvent { Tag.IsEmpty: false } node => new Message($"the tag '{node.Tag.Value}' is not allowed; values are written plainly", $"不允许使用标签“{node.Tag.Value}”，请直接书写值"),
                    _ => null,
                };
                if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
                {
                    refused = new Message($"lists and mappings are nested more than {MaxDepth} deep", $"列表和映射的嵌套超过{MaxDepth}层");
                }
                else if (current is MappingEnd or SequenceEnd)
                {
                    depth--;
                }

                if (repeated is not null && current is not null)
                {
                    diagnostics.Error(
                        DiagnosticCodes.YamlSyntax,
                        new SourceSpan(relativePath, Math.Max(1, (int)current.Start.Line), Math.Max(1, (int)current.Start.Column)),
                        repeated,
                        new Message("keep one of them: YAML would otherwise have to guess which one is meant", "请只保留其中一个：否则无法确定哪一个有效"));
                    return (false, null);
                }

                if (refused is not null && current is not null)
                {
                    diagnostics.Error(
                        DiagnosticCodes.YamlFeature,
                        new SourceSpan(relativePath, Math.Max(1, (int)current.Start.Line), Math.Max(1, (int)current.Start.Column)),
                        refused,
                        new Message("the site's files use plain YAML: mappings, lists and values, each written where it is used", "本站文件只使用简单的YAML：映射、列表和值，在用到的地方直接写出"));
                    return (false, null);
                }
            }
        }
        catch (YamlException)
        {
            // A syntax error: the parse that follows reports it with its position.
            return (true, null);
        }
        catch (InvalidOperationException)
        {
            return (true, null);
        }

        // A file without a document (empty, or comments only) is left to the real parse, which says so.
        return (true, events.Exists(e => e is DocumentStart) ? events : null);
    }

    // A plain value followed, one space later, by '#' and text ("full coverage #1 in Shanghai"): YAML reads
    // the rest as a comment and the value is silently cut. A comment meant as one is written "# text" or
    // stands apart; returns the text that was cut, or null.
    private static string? CutShort(string text, ParsingEvent? previous, Comment comment)
    {
        var at = (int)comment.Start.Index;
        return comment.IsInline
            && previous is Scalar { Style: ScalarStyle.Plain } value
            && value.End.Line == comment.Start.Line
            && at == (int)value.End.Index + 1
            && at + 1 < text.Length && text[at] == '#' && !char.IsWhiteSpace(text[at + 1])
            ? comment.Value
            : null;
    }

    // A tab that indents a line near the error is the cause, wherever the parser places it; else the parser's words, explained.
    private static void SyntaxError(string relativePath, string text, SourceSpan span, string parserDetail, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (YamlSyntax.TabNear(lines, span.Line, parserDetail) is { } tab)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(relativePath, tab.Line, tab.Column), YamlSyntax.Tab.Message, YamlSyntax.Tab.Hint);
            return;
        }

        var (message, hint) = YamlSyntax.Explain(parserDetail, span.Line >= 1 && span.Line <= lines.Length ? lines[span.Line - 1] : null);
        diagnostics.Error(DiagnosticCodes.YamlSyntax, span, message, hint);
    }

    // The line and column of the byte at index, counting characters of the valid text before it.
    private static SourceSpan PositionOfByte(string relativePath, byte[] bytes, int index)
    {
        var before = Encoding.UTF8.GetString(bytes, 0, Math.Clamp(index, 0, bytes.Length));
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new SourceSpan(relativePath, line, column);
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
