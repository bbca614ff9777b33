using System.Globalization;
using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>Chinese: a figure exactly as the report writes it, with its basis of comparison (同比) before it.</summary>
public sealed class ChineseWording : Wording
{
    public override FormattedFigure Figure(Figure figure)
    {
        var written = figure.Written;
        // A basis (同比, 较上年) qualifies a change in a number; ranks and claims have none to show.
        var basis = written.IsNumeric ? figure.Basis?.Zh ?? string.Empty : string.Empty;
        return new FormattedFigure(basis + written.Before, written.Number, written.After, string.Empty);
    }

    // The report writes numbers without separators (6100家, 1.13万平方米); so does an amount derived from them.
    public override string Amount(decimal value, Unit unit, Noun? noun) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture) + unit.Zh;

    public override string FormatPeriod(Period period) => period.Iso + "年";

    public override string FormatDate(DateOnly value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.Year}年{value.Month}月{value.Day}日");

    // A section without a number can only be counted in the excerpt, and says so.
    public override string ParagraphReference(Paragraph paragraph) =>
        paragraph.Section.Number is { } section
            ? string.Create(CultureInfo.InvariantCulture, $"{section.Zh}第{paragraph.NumberInSection}段")
            : string.Create(CultureInfo.InvariantCulture, $"节选第{paragraph.Number}段");

    public override string Reference(string shortTitle, Paragraph paragraph) => $"{shortTitle}，{ParagraphReference(paragraph)}";
}
