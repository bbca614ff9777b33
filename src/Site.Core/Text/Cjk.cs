using System.Text;

namespace Site.Core.Text;

/// <summary>
/// The one definition of which characters are Chinese: Han ideographs, Chinese (full-width) punctuation,
/// and the East Asian wide characters a terminal draws two cells wide. English text must have no Chinese,
/// Chinese text is punctuated with full-width marks, search cuts Chinese names into characters, and
/// diagnostics line a caret up under Chinese text: all of them ask here.
/// </summary>
public static class Cjk
{
    /// <summary>A Han character: CJK unified ideographs (extension A, the main block, extensions B and later) and compatibility ideographs.</summary>
    public static bool IsHan(Rune rune) =>
        rune.Value is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F;

    /// <summary>A Han character in the Basic Multilingual Plane (a lone surrogate is not one).</summary>
    public static bool IsHan(char c) => Rune.TryCreate(c, out var rune) && IsHan(rune);

    /// <summary>A Han character, or CJK or full-width punctuation (。、，（）「」).</summary>
    public static bool IsCjk(char c) =>
        IsHan(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>
    /// A character a terminal draws two cells wide: Hangul Jamo, the CJK blocks from radicals to Yi,
    /// Hangul syllables, compatibility ideographs, vertical and full-width forms. Half-width forms
    /// (U+FF61 to U+FFDC) are one cell.
    /// </summary>
    public static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';

    public static int IndexOf(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsCjk(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The run of Chinese characters starting at <paramref name="start"/>.</summary>
    public static string RunAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsCjk(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
