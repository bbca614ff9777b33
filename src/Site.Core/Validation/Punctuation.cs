using System.Text;

namespace Site.Core.Validation;

/// <summary>
/// Explains a near miss between a quote and its paragraph caused only by full-width vs half-width
/// punctuation. Used for hints only: quotes are always compared exactly.
/// </summary>
public static class Punctuation
{
    private static readonly Dictionary<char, char> Narrow = new()
    {
        ['，'] = ',', ['：'] = ':', ['；'] = ';', ['！'] = '!', ['？'] = '?', ['（'] = '(', ['）'] = ')',
        ['％'] = '%', ['．'] = '.', ['“'] = '"', ['”'] = '"', ['‘'] = '\'', ['’'] = '\'',
    };

    /// <summary>A hint naming the characters to change, or null when the difference is not just width.</summary>
    public static string? WidthDifference(string paragraph, string quote)
    {
        var folded = Fold(quote);
        var foldedParagraph = Fold(paragraph);
        var at = foldedParagraph.IndexOf(folded, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var changes = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < quote.Length; i++)
        {
            if (quote[i] != paragraph[at + i])
            {
                changes.Add($"'{quote[i]}' (U+{(int)quote[i]:X4}) to '{paragraph[at + i]}' (U+{(int)paragraph[at + i]:X4})");
            }
        }

        return "the quote differs from the paragraph only in full-width vs half-width punctuation: change " + string.Join(", ", changes);
    }

    // Folding keeps string length, so positions in the folded text are positions in the original.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Narrow.TryGetValue(c, out var narrow) ? narrow : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }
}
