using Site.Core.Diagnostics;

namespace Site.Core.Validation;

/// <summary>
/// Where a quote that is not in its paragraph leaves it: the longest start of the quote the paragraph
/// holds, and the character that follows there in each. An editor who typed 、 as ， or dropped a
/// character sees which one, instead of comparing two long lines by eye.
/// </summary>
public static class QuoteDivergence
{
    /// <summary>The hint, in both languages; null when not even the quote's first four characters are in the paragraph.</summary>
    public static Message? Hint(string paragraph, string quote)
    {
        var matched = Matched(paragraph, quote);

        // Two or three characters in common say nothing about where the quote was meant to be.
        if (matched < 4 || matched == quote.Length)
        {
            return null;
        }

        var at = paragraph.IndexOf(quote[..matched], StringComparison.Ordinal) + matched;
        var agreed = matched <= 12 ? quote[..matched] : "…" + quote[(matched - 12)..matched];
        var written = quote[matched];
        if (at >= paragraph.Length)
        {
            return new Message(
                $"the paragraph ends after '{agreed}', but the quote goes on with {English(written)}",
                $"段落在“{agreed}”之后就结束了，引文却还有{Chinese(written)}");
        }

        var wanted = paragraph[at];
        return new Message(
            $"the quote follows the paragraph up to '{agreed}'; then it has {English(written)} where the paragraph has {English(wanted)}",
            $"引文与段落一致到“{agreed}”为止；接下来引文是{Chinese(written)}，段落原文是{Chinese(wanted)}");
    }

    /// <summary>How many characters from the start of the quote the paragraph holds, in one piece.</summary>
    public static int Matched(string paragraph, string quote)
    {
        var matched = 0;
        while (matched < quote.Length && paragraph.Contains(quote.AsSpan(0, matched + 1), StringComparison.Ordinal))
        {
            matched++;
        }

        return matched;
    }

    private static string English(char c) => MarkNames.English(c);

    private static string Chinese(char c) => MarkNames.Chinese(c);
}
