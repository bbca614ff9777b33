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

    public override string FormatDate(DateOnly value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.Year}年{value.Month}月{value.Day}日");

    public override string ParagraphReference(Paragraph paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"第{paragraph.Number}段");
}
