namespace Site.Core.Validation;

/// <summary>Finds Chinese characters and full-width punctuation in text meant to be English.</summary>
public static class Cjk
{
    public static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

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
