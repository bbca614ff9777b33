using Site.Core.Diagnostics;
using Site.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Finds half-width punctuation in Chinese text the site writes itself (labels, descriptions, glossary
/// entries, interface strings): Chinese is punctuated with full-width marks (，；：？！（）). A mark counts
/// as Chinese punctuation when it touches a Chinese character, so "1,000", "2.0" and "CC BY 4.0" pass.
/// Quotes and paragraphs from the report are never checked: they are copied exactly, marks and all.
/// </summary>
public static class ChinesePunctuation
{
    private const string HalfWidth = ",;:?!()";
    private const string FullWidth = "，；：？！（）";

    /// <summary>The first half-width mark in Chinese text and its full-width form, or null.</summary>
    public static (int Index, char Found, char Wanted)? FindHalfWidth(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var kind = HalfWidth.IndexOf(text[i], StringComparison.Ordinal);
            if (kind < 0)
            {
                continue;
            }

            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var chinese = text[i] switch
            {
                // An opening bracket belongs to what follows it, a closing one to what precedes it.
                '(' => Cjk.IsHan(next) || IsChinese(previous),
                ')' => Cjk.IsHan(previous) || IsChinese(next),
                _ => IsChinese(previous) || IsChinese(next),
            };
            if (chinese)
            {
                return (i, text[i], FullWidth[kind]);
            }
        }

        return null;
    }

    /// <summary>
    /// Reports SITE027 for a Chinese scalar with a half-width mark, at the mark itself when the scalar is
    /// written on one line (its column is then exact), else where the scalar starts.
    /// </summary>
    public static void Report(string path, YamlScalarNode scalar, DiagnosticBag diagnostics)
    {
        var text = scalar.Value ?? string.Empty;
        if (FindHalfWidth(text) is not (var index, var found, var wanted))
        {
            return;
        }

        var span = YamlFile.SpanOf(path, scalar);
        var oneLine = scalar.Start.Line == scalar.End.Line && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        // Escaped characters (\" or '') make the written line longer than the text: then the column would lie.
        if (oneLine && text.AsSpan().IndexOfAny("\\'\"") < 0)
        {
            span = span with { Column = span.Column + index + (scalar.Style == ScalarStyle.Plain ? 0 : 1) };
        }

        diagnostics.Error(
            DiagnosticCodes.HalfWidthPunctuation,
            span,
            $"Chinese text has a half-width '{found}' in '{Excerpt(text, index)}'",
            $"Chinese is punctuated with full-width marks: write '{wanted}' (U+{(int)wanted:X4}); quotes from the report are exempt, they are copied exactly");
    }

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - 6);
        var end = Math.Min(text.Length, index + 7);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }

    // Chinese text's curly quotes are general punctuation, shared with English, so Cjk leaves them out.
    private static bool IsChinese(char c) => Cjk.IsCjk(c) || c is '“' or '”' or '‘' or '’';
}
