using System.Text;
using Site.Core.Diagnostics;

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

    /// <summary>A hint naming the characters to change, in English, or null when the difference is not just width.</summary>
    public static string? WidthDifference(string paragraph, string quote) => WidthHint(paragraph, quote)?.En;

    /// <summary>A hint naming the characters to change, in both languages, or null when the difference is not just width.</summary>
    public static Message? WidthHint(string paragraph, string quote)
    {
        var folded = Fold(quote);
        var foldedParagraph = Fold(paragraph);
        var at = foldedParagraph.IndexOf(folded, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // Keyed by the English text, so both languages list the same changes in the same order.
        var changes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < quote.Length; i++)
        {
            var (written, wanted) = (quote[i], paragraph[at + i]);
            if (written != wanted)
            {
                changes[$"{MarkNames.English(written)} to {MarkNames.English(wanted)}"] = $"{MarkNames.Chinese(written)}改为{MarkNames.Chinese(wanted)}";
            }
        }

        return new Message(
            "the quote differs from the paragraph only in full-width vs half-width punctuation: change " + string.Join(", ", changes.Keys),
            "引文与段落只在全角、半角标点上不同：请把" + string.Join("、", changes.Values));
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
