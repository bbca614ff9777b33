namespace Site.Core.Text;

/// <summary>
/// Tells Chinese characters and Chinese (full-width) punctuation apart from other text: English text must
/// have none, and Chinese text is punctuated with them.
/// </summary>
public static class Cjk
{
    /// <summary>A Han character (CJK unified or compatibility ideograph).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>A Han character, or CJK or full-width punctuation (。、，（）「」).</summary>
    public static bool IsCjk(char c) =>
        IsHan(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

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
