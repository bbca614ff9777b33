using System.Collections.Immutable;
using System.Text;
using Site.Core.Text;

namespace Site.Core.Charts;

/// <summary>
/// How wide a text will be in a chart, and where to break it. SVG text does not wrap and the build has
/// no font to measure with, so this estimates: a wide (Chinese) character is one em, anything else
/// 0.6 em, which errs on the wide side for the sans-serif fonts the site asks for. A line may break at
/// a space or between two Chinese characters, never before closing punctuation (，。）) or after opening (（“).
/// </summary>
internal static class TextMeasure
{
    private const string Closing = "，。；：、！？）》」』”’,.;:!?)%";
    private const string Opening = "（《「『“‘(";

    public static decimal Width(string text, decimal fontSize)
    {
        var ems = 0m;
        foreach (var c in text)
        {
            ems += Cjk.IsWide(c) ? 1m : c == ' ' ? 0.3m : 0.6m;
        }

        return ems * fontSize;
    }

    /// <summary>The text in lines no wider than <paramref name="maxWidth"/>, except a single word that is wider on its own.</summary>
    public static ImmutableArray<string> Wrap(string text, decimal maxWidth, decimal fontSize)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        var line = new StringBuilder();
        foreach (var piece in Pieces(text))
        {
            var candidate = line.ToString() + piece;
            if (line.Length > 0 && Width(candidate.TrimEnd(), fontSize) > maxWidth)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(piece.TrimStart());
            }
            else
            {
                line.Append(piece);
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines.ToImmutable();
    }

    // The text cut at every place a line may break; the pieces put together are the text again.
    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (CanBreakBefore(text[i - 1], text[i]))
            {
                yield return text[start..i];
                start = i;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static bool CanBreakBefore(char previous, char next)
    {
        if (Closing.Contains(next, StringComparison.Ordinal) || Opening.Contains(previous, StringComparison.Ordinal) || next == ' ')
        {
            return false;
        }

        // Between two Chinese characters, but not between a number and its unit (6100家, 2023年).
        return previous == ' ' || (Cjk.IsWide(previous) && Cjk.IsWide(next));
    }
}
