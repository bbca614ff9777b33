using Site.Core.Text;

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
            cells += Cjk.IsWide(line[i]) ? 2 : 1;
        }

        return new string(' ', cells);
    }
}
