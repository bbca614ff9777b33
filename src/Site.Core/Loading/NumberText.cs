namespace Site.Core.Loading;

/// <summary>What a number "as written" may look like: ASCII digits with at most one decimal point.</summary>
public static class NumberText
{
    public static bool IsPlainDecimal(string text)
    {
        if (text.Length == 0 || text[0] == '.' || text[^1] == '.')
        {
            return false;
        }

        var points = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                points++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return points <= 1;
    }
}
