using System.Globalization;

namespace Site.Bench;

/// <summary>
/// One statement of a synthetic paragraph: the indicator's index, its template, the place it is about,
/// its value and an optional growth rate.
/// </summary>
internal sealed record ReportSlot(int Index, FigureTemplate Template, Phrase Place, DrawnValue Value, int? Growth)
{
    /// <summary>The figure as the report writes it: [value][余 for more-than][unit], as validation builds it.</summary>
    public string Written => Value.Written + (Template.Qualifier == "more-than" ? "余" : string.Empty) + Template.UnitZh;

    /// <summary>The words the indicator cites, and the editor's translation of them.</summary>
    public Phrase Quote => new(Template.Verb + Written, string.Format(CultureInfo.InvariantCulture, Template.EnglishClause, Value.English));
}
