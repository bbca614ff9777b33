using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Site.Core.Model;

namespace Site.Core.Search;

/// <summary>
/// The sentence of the report a figure is quoted from. A quote is a few words (交付全市首张科技企业创业
/// 责任保单); the sentence around it says what it is about (推进科技金融服务创新 ...), which is how readers
/// search. Chinese: the sentences of the paragraph the quote overlaps (where validation proved it stands),
/// split at 。；;. English: the paragraph's translation is not aligned sentence by sentence, so the sentence
/// sharing the most words with the figure's own English rendering is taken (none when no word is shared).
/// </summary>
public static partial class SourceContext
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["the", "and", "for", "with", "was", "were", "are", "has", "have", "had", "from", "that", "this", "its", "our", "into", "all", "such", "than", "more"],
        StringComparer.Ordinal);

    public static IReadOnlyList<string> Chinese(Paragraph paragraph, IEnumerable<Citation> quotes)
    {
        var spans = Split(paragraph.Text, ChineseBoundary());
        var picked = new SortedSet<int>();
        foreach (var quote in quotes)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].Overlaps(quote.QuoteRange))
                {
                    picked.Add(i);
                }
            }
        }

        return [.. picked.Select(i => paragraph.Text.Substring(spans[i].Start, spans[i].Length).Trim())];
    }

    public static IReadOnlyList<string> English(Paragraph paragraph, IEnumerable<Citation> quotes)
    {
        var sentences = Split(paragraph.Translation, EnglishBoundary())
            .Select(s => paragraph.Translation.Substring(s.Start, s.Length).Trim())
            .ToList();
        var words = sentences.Select(Words).ToList();
        var picked = new SortedSet<int>();
        foreach (var quote in quotes)
        {
            var wanted = Words(quote.Translation);
            var best = -1;
            var bestShared = 0;
            for (var i = 0; i < sentences.Count; i++)
            {
                var shared = words[i].Count(wanted.Contains);
                if (shared > bestShared)
                {
                    (best, bestShared) = (i, shared);
                }
            }

            if (best >= 0)
            {
                picked.Add(best);
            }
        }

        return [.. picked.Select(i => sentences[i])];
    }

    private static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2 && !StopWords.Contains(w))];

    private static List<TextRange> Split(string text, Regex boundary)
    {
        var spans = new List<TextRange>();
        var start = 0;
        foreach (Match m in boundary.Matches(text))
        {
            var end = m.Index + m.Length;
            spans.Add(new TextRange(start, end - start));
            start = end;
        }

        if (start < text.Length)
        {
            spans.Add(new TextRange(start, text.Length - start));
        }

        return spans;
    }

    [GeneratedRegex("[。；;！？]")]
    private static partial Regex ChineseBoundary();

    [GeneratedRegex(@"(?<=[.;:!?])\s+")]
    private static partial Regex EnglishBoundary();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
