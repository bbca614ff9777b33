using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// How a page words an observation's change since the previous period, once for the series table and
/// the charts: "较2023年增加36台", "up 36 elevators on 2023"; or, where none is computed, the short note
/// saying why. The words come from the interface strings (<c>series.*</c>), the amount from the language's
/// <see cref="Wording"/>.
/// </summary>
public static class ChangeText
{
    /// <summary>The computed change, or null when there is none (a first period, a bound, a rank ...).</summary>
    public static string? Computed(Change? change, Language language, ImmutableSortedDictionary<string, string> strings)
    {
        if (change is not { Amount: { } amount })
        {
            return null;
        }

        var key = amount > 0 ? EngineStrings.ChangeUp : amount < 0 ? EngineStrings.ChangeDown : EngineStrings.ChangeSame;
        return strings[key]
            .Replace("{0}", language.Wording.FormatPeriod(change.Since), StringComparison.Ordinal)
            .Replace("{1}", language.Wording.Amount(Math.Abs(amount), change.Unit, change.Noun), StringComparison.Ordinal);
    }

    /// <summary>The computed change, or the note for a first period or for why none is shown.</summary>
    public static string Describe(Change? change, Language language, ImmutableSortedDictionary<string, string> strings) =>
        Computed(change, language, strings) ?? strings[change?.Note switch
        {
            null => EngineStrings.ChangeFirst,
            ChangeNote.Rank => EngineStrings.NoChangeRank,
            ChangeNote.Claim => EngineStrings.NoChangeClaim,
            ChangeNote.ChangeOfChange => EngineStrings.NoChangeOfChange,
            _ => EngineStrings.NoChangeNotExact,
        }];
}
