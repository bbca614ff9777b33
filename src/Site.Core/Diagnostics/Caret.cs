namespace Site.Core.Diagnostics;

/// <summary>Lines a caret up under a column, counting East Asian wide characters as two cells.</summary>
internal static class Caret
{
    public static string Indent(string line, int column)
    {
        var cells = 0;
        var upTo = Math.Min(Math.Max(column - 1, 0), line.Length);
        for (var i = 0; i < upTo; i++)
        {
            cells += line[i] == '\t' ? 1 : IsWide(line[i]) ? 2 : 1;
        }

        return new string(' ', cells);
    }

    // CJK ideographs, full-width forms and CJK punctuation take two terminal cells.
    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';
}
