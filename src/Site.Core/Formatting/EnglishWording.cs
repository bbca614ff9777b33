using System.Globalization;
using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// English: magnitudes converted (306亿元 is "30.6 billion yuan", 1.13万平方米 is "11,300 m²"), counted
/// nouns named ("302 elevators"), ranks as ordinals ("1st in Shanghai"), words separated by spaces.
/// </summary>
public sealed class EnglishWording : Wording
{
    private const string Space = " ";

    public override FormattedFigure Figure(Figure figure)
    {
        var scope = figure.Scope?.En;
        var unit = figure.Unit;
        switch (unit.Format)
        {
            case UnitFormat.Claim:
                return new FormattedFigure(string.Empty, Capitalise(unit.En ?? string.Empty), scope ?? string.Empty, Space);
            case UnitFormat.Ordinal:
                return new FormattedFigure(string.Empty, EnglishNumber.Ordinal(figure.Value ?? 0), scope ?? string.Empty, Space);
        }

        var value = figure.Value ?? 0m;
        var before = figure.Qualifier is { En.Length: > 0 } qualifier ? qualifier.En : string.Empty;
        var (number, after) = unit.Format == UnitFormat.Percent
            ? (EnglishNumber.Plain(value) + "%", string.Empty)
            : Split(value, unit, figure.Noun);
        var tail = string.Join(Space, new[] { after, scope, figure.Basis?.En }.Where(p => !string.IsNullOrEmpty(p)));
        return new FormattedFigure(before, number, tail, Space);
    }

    public override string Amount(decimal value, Unit unit, Noun? noun)
    {
        var (number, after) = unit.Format == UnitFormat.Percent ? (EnglishNumber.Plain(value) + "%", string.Empty) : Split(value, unit, noun);
        return after.Length == 0 ? number : number + Space + after;
    }

    public override string FormatPeriod(Period period) => period.Iso;

    public override string FormatDate(DateOnly value) => value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public override string ParagraphReference(Paragraph paragraph) =>
        paragraph.Section.Number is { } section
            ? string.Create(CultureInfo.InvariantCulture, $"section ({section.En}), paragraph {paragraph.NumberInSection}")
            : string.Create(CultureInfo.InvariantCulture, $"excerpt, paragraph {paragraph.Number}");

    public override string Reference(string shortTitle, Paragraph paragraph) => $"{shortTitle}, {ParagraphReference(paragraph)}";

    // A number in a unit, as the number and the words after it: "30.6 billion" "yuan", "1" "percentage point".
    private static (string Number, string After) Split(decimal value, Unit unit, Noun? noun) => unit.Format == UnitFormat.Points
        ? (EnglishNumber.Plain(value), value == 1m ? "percentage point" : unit.En ?? string.Empty)
        : (EnglishNumber.Words(unit.Quantity(value)), noun?.For(value) ?? unit.En ?? string.Empty);

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
