using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Site.Core.Model;

namespace Site.Core.Search;

/// <summary>
/// Groups of words readers use for the same thing (lift / elevator, 电瓶车 / 电动自行车), per language.
/// Applied when the index is built, never at query time: a search document that contains one word of a
/// group is also indexed under the others, so the browser needs no thesaurus and downloads nothing extra.
/// </summary>
public sealed class Synonyms
{
    public static readonly Synonyms None = new([], []);

    private readonly ImmutableArray<(ImmutableArray<string> Words, Regex Pattern)> _zh;
    private readonly ImmutableArray<(ImmutableArray<string> Words, Regex Pattern)> _en;

    public Synonyms(ImmutableArray<ImmutableArray<string>> zh, ImmutableArray<ImmutableArray<string>> en)
    {
        Zh = zh;
        En = en;
        _zh = [.. zh.Select(g => (g, Pattern(g, wholeWords: false)))];
        _en = [.. en.Select(g => (g, Pattern(g, wholeWords: true)))];
    }

    public ImmutableArray<ImmutableArray<string>> Zh { get; }

    public ImmutableArray<ImmutableArray<string>> En { get; }

    /// <summary>
    /// The words to add to <paramref name="text"/>: the other members of every group one of whose members
    /// occurs in it. English matches whole words, ignoring case; Chinese matches anywhere (no spaces).
    /// </summary>
    public ImmutableArray<string> Expand(string text, Language language)
    {
        var added = new List<string>();
        foreach (var (words, pattern) in language.Pick(_zh, _en))
        {
            var present = pattern.Matches(text).Select(m => Key(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (present.Count == 0)
            {
                continue;
            }

            added.AddRange(words.Where(w => !present.Contains(Key(w)) && !added.Contains(w, StringComparer.OrdinalIgnoreCase)));
        }

        return [.. added];
    }

    // A space and a hyphen are the same in an English word: "e-bike", "electric bicycle", "electric-bicycle".
    private static string Key(string word) => string.Join(' ', word.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    // One pattern per group, longest words first so "charging points" wins over "charging point".
    private static Regex Pattern(ImmutableArray<string> words, bool wholeWords)
    {
        var alternatives = string.Join("|", words.OrderByDescending(w => w.Length)
            .Select(w => wholeWords ? string.Join(@"[\s-]", Key(w).Split(' ').Select(Regex.Escape)) : Regex.Escape(w)));
        var pattern = wholeWords ? $@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])" : alternatives;
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }
}
