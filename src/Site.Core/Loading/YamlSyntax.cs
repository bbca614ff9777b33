using Site.Core.Diagnostics;

namespace Site.Core.Loading;

/// <summary>
/// A YAML syntax error in words an editor can act on, in both languages. The parser's own sentences
/// ("While scanning a plain scalar value, found invalid mapping") are English and describe its state, not
/// the file; the common ones are recognised and explained, and any other keeps the parser's words after a
/// plain lead-in. Tabs are recognised from the lines themselves, whatever the parser says about them.
/// </summary>
public static partial class YamlSyntax
{
    /// <summary>The tab message, for a tab that indents a line.</summary>
    public static (Message Message, Message Hint) Tab { get; } = (
        new Message("a tab indents this line; YAML indents with spaces only", "此行用制表符（Tab）缩进；YAML只能用空格缩进"),
        new Message(
            "delete the blank at the start of the line and type spaces instead (two for each level), lining the field up with the fields around it",
            "请删去行首的空白，改用空格键输入空格（每一级两个空格），使该字段与同级字段对齐"));

    /// <summary>
    /// Where a tab indents a line next to the parser's error (the line before, the line, the line after:
    /// the parser notices a tab a line early or late), or anywhere when the parser's words name a tab, as
    /// a 1-based line and column; null when none does.
    /// </summary>
    public static (int Line, int Column)? TabNear(string[] lines, int line, string parserDetail)
    {
        // When the parser names a tab, it may place it anywhere (even at 1:1): then the first indenting tab is it.
        var candidates = parserDetail.Contains("tab", StringComparison.OrdinalIgnoreCase)
            ? [line, line + 1, line - 1, .. Enumerable.Range(1, lines.Length)]
            : new[] { line, line + 1, line - 1 };
        foreach (var candidate in candidates)
        {
            if (candidate >= 1 && candidate <= lines.Length)
            {
                var text = lines[candidate - 1];
                var indent = text.Length - text.TrimStart(' ', '\t').Length;
                var tab = text.IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indent)
                {
                    return (candidate, tab + 1);
                }
            }
        }

        return null;
    }

    public static (Message Message, Message Hint) Explain(string parserDetail, string? line = null)
    {
        // "一键叫车智慧屏"街镇全覆盖: a value that opens with a quotation mark ends at the closing one.
        if (line is not null && TextAfterClosingQuote().IsMatch(line))
        {
            return (
                new Message("text follows the closing quotation mark of a value", "值的引号闭合之后还有文字"),
                new Message(
                    "a value that starts with a quotation mark ends at the closing one: put the whole value in single quotation marks ('…'), which may hold \" inside",
                    "以引号开头的值到闭合的引号就结束了：请用单引号（'…'）把整个值括起来，单引号中可以有双引号"));
        }

        var detail = parserDetail.ToLowerInvariant();
        if (detail.Contains("double-quoted", StringComparison.Ordinal) || detail.Contains("single-quoted", StringComparison.Ordinal) || detail.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return (
                new Message("a quoted text is not closed: a \" or ' is missing", "引号没有闭合：缺少一个\"或'"),
                new Message("close the quotation mark that starts here, on the same line", "请在同一行内补上与此处开头对应的引号"));
        }

        if (detail.Contains("mapping values are not allowed", StringComparison.Ordinal) || detail.Contains("invalid mapping", StringComparison.Ordinal))
        {
            return (
                new Message("a ': ' inside a value, or a line indented deeper than the field before it", "值中含有“: ”，或此行比上一个字段缩进得更深"),
                new Message("put a value holding ': ' in quotation marks (\"...\"); start each field of a mapping in the same column", "含有“: ”的值请加上引号（\"...\"）；同一映射中的字段要从同一列开始"));
        }

        if (detail.Contains("did not find expected key", StringComparison.Ordinal) || detail.Contains("did not find expected '-'", StringComparison.Ordinal))
        {
            return (
                new Message("this line, or the one above it, is indented differently from the fields around it", "此行或上一行的缩进与同级字段不一致"),
                new Message("start each field of a mapping, and each item of a list, in the same column, indenting with spaces", "同一映射中的字段、同一列表中的各项都要从同一列开始，用空格缩进"));
        }

        if (detail.Contains("did not find expected ',' or", StringComparison.Ordinal) || detail.Contains("end of stream", StringComparison.Ordinal) || detail.Contains("flow", StringComparison.Ordinal))
        {
            return (
                new Message("a bracket, brace or quotation mark that opens here is not closed", "此处开始的方括号、花括号或引号没有闭合"),
                new Message("close every [ with ], every { with } and every quotation mark on the same line; a value holding a comma inside { } needs quotation marks", "每个[要有]，每个{要有}，引号要在同一行内成对出现；{ }中含有逗号的值要加引号"));
        }

        if (detail.Contains("cannot start any token", StringComparison.Ordinal))
        {
            return (
                new Message("a value starts with a character YAML reserves (such as @, ` or %)", "值以YAML保留的字符开头（如@、`或%）"),
                new Message("put the value in quotation marks (\"...\")", "请给这个值加上引号（\"...\"）"));
        }

        return (
            new Message("YAML syntax error: " + parserDetail, "YAML语法错误（解析器原文）：" + parserDetail),
            new Message(
                "check this line and the one before: quotation marks and brackets closed, fields of one mapping starting in the same column, spaces (not tabs) to indent",
                "请检查此行和上一行：引号和括号是否闭合，同一映射中的字段是否从同一列开始，是否用空格（而不是制表符）缩进"));
    }

    // A field whose value opens with a quotation mark, closes it, and goes on with more than a comment.
    [System.Text.RegularExpressions.GeneratedRegex("""^\s*(- )?[\w-]+:\s+("[^"]*"|'[^']*')\s*[^\s#,}\]]""")]
    private static partial System.Text.RegularExpressions.Regex TextAfterClosingQuote();
}
