using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>
/// The words a chart writes in one language: its interface strings (<c>chart.*</c>) and figures as the
/// language's <see cref="Formatting.Wording"/> writes them. The figures are never formatted here a second
/// way: a chart says 156台 or "156 elevators" exactly as the rest of the page does.
/// </summary>
internal sealed record ChartWords(Language Language, ImmutableSortedDictionary<string, string> Strings)
{
    /// <summary>An interface string (validation made sure both languages define every key in <see cref="EngineStrings.All"/>).</summary>
    public string Text(string key) => Strings[key];

    /// <summary>An interface string with its {0}, {1}... filled in; replaced, not string.Format, so braces in data stay as they are.</summary>
    public string Format(string key, params ReadOnlySpan<string> values)
    {
        var text = Text(key);
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", values[i], StringComparison.Ordinal);
        }

        return text;
    }

    public string Label(LocalizedText text) => text[Language];

    public string Period(Period period) => Language.Wording.FormatPeriod(period);

    /// <summary>A figure as the page writes it (超过95%, "over 95%"): the value of a table row and of a description.</summary>
    public string Written(Figure figure) => Language.Wording.Figure(figure).Text;

    /// <summary>An amount in a figure's unit and noun: 2305人, "2,305 people".</summary>
    public string Amount(decimal value, Figure like) => Language.Wording.Amount(value, like.Unit, like.Noun);

    /// <summary>
    /// The short label a mark carries: the amount, its direction's word before it (下降3%, "down 3%"), and
    /// for a bound "at least" (至少6100家), since a hollow bar alone does not say which way the value may lie.
    /// The basis and scope are left to the description and the table, where there is room for them.
    /// </summary>
    public string Mark(Figure figure)
    {
        var amount = Amount(figure.Value ?? 0m, figure);
        if (figure.Qualifier is { Direction: not Direction.None } qualifier)
        {
            amount = Language.Pick(qualifier.Zh, qualifier.En) + Language.Wording.Figure(figure).Separator + amount;
        }

        return figure.IsExact ? amount : Format(EngineStrings.ChartAtLeast, amount);
    }

    /// <summary>"2023: 306亿元" in the language's punctuation.</summary>
    public string Item(string label, string value) => Format(EngineStrings.ChartItem, label, value);

    /// <summary>Items joined as one sentence: "；" in Chinese, "; " in English.</summary>
    public string List(IEnumerable<string> items) => string.Join(Text(EngineStrings.ChartSeparator), items);

    /// <summary>A sentence, closed, and followed by a note when there is one.</summary>
    public string Sentence(string text, string? note) =>
        note is null ? text + Text(EngineStrings.ChartEnd) : Format(EngineStrings.ChartWithNote, text, note);

    /// <summary>Notes, each a closed sentence, as one (null when there is none): "A. B", "甲。乙。".</summary>
    public string? Notes(params ReadOnlySpan<string?> notes)
    {
        string? joined = null;
        var end = Text(EngineStrings.ChartEnd);
        foreach (var note in notes)
        {
            if (note is null)
            {
                continue;
            }

            // "{0}. {1}" closes the first sentence itself, so the first loses its own closing mark.
            joined = joined is null
                ? note
                : Format(EngineStrings.ChartWithNote, joined.EndsWith(end, StringComparison.Ordinal) ? joined[..^end.Length] : joined, note);
        }

        return joined;
    }

    /// <summary>
    /// A computed change as the series table words it ("up 24 billion yuan on 2023", 较2023年增加24亿元), or
    /// null when the resolve stage computed none (a first period, a bound, a change of a change).
    /// </summary>
    public string? Change(Change? change) => Formatting.ChangeText.Computed(change, Language, Strings);
}
