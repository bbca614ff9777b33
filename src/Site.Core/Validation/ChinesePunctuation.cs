using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Text;

namespace Site.Core.Validation;

/// <summary>
/// Chinese text the site writes itself (labels, descriptions, glossary entries, interface strings) is
/// punctuated with full-width marks (，；：？！（）。). A mark counts as Chinese punctuation when it touches a
/// Chinese character, so "1,000", "2.0" and "CC BY 4.0" pass, and "1688人." does not. Quotes and paragraphs from the report are
/// never checked: they are copied exactly, marks and all. Reported at the mark itself when its column is
/// exact (<see cref="LocatedText.At"/>), else where the text starts.
/// </summary>
public sealed class ChinesePunctuation : IRule
{
    private const string HalfWidth = ",;:?!().";
    private const string FullWidth = "，；：？！（）。";

    public void Check(RuleContext context)
    {
        foreach (var text in context.ChineseTexts)
        {
            if (FindHalfWidth(text.Text) is var (index, found, wanted))
            {
                Report(context.Diagnostics, text.At(index), text.Text, index, found, wanted);
            }
        }
    }

    /// <summary>Reports SITE027 for <paramref name="found"/> at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static void Report(DiagnosticBag diagnostics, SourceSpan span, string text, int index, char found, char wanted)
    {
        // A template's text runs over lines; the excerpt stays on the mark's line.
        var excerpt = Excerpt(text, index).Replace('\r', ' ').Replace('\n', ' ').Trim();
        diagnostics.Error(
            DiagnosticCodes.HalfWidthPunctuation,
            span,
            new Message(
                $"Chinese text has a half-width '{found}' in '{excerpt}'",
                $"中文文本“{excerpt}”中有半角标点“{found}”"),
            new Message(
                $"Chinese is punctuated with full-width marks: write {MarkNames.English(wanted)}; quotes from the report are exempt, they are copied exactly",
                $"中文要用全角标点：请改为{MarkNames.Chinese(wanted)}；报告引文不受此限，须照原文抄录"));
    }

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
                // A full stop ends what precedes it: "人." is Chinese, "“indicator.”" (a field's prefix) is not.
                '.' => IsChinese(previous),
                _ => IsChinese(previous) || IsChinese(next),
            };
            if (chinese)
            {
                return (i, text[i], FullWidth[kind]);
            }
        }

        return null;
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
