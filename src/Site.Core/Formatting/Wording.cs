using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// Everything a language writes its own way: a figure (306亿元 or "30.6 billion yuan"), an amount of a
/// unit (a change: 36台, "36 elevators"), a period, a date, a reference to a paragraph. Each
/// <see cref="Language"/> carries its wording, chosen once when the language is defined; nothing else
/// branches on the language.
/// </summary>
public abstract class Wording
{
    /// <summary>A figure as a page in this language shows it.</summary>
    public abstract FormattedFigure Figure(Figure figure);

    /// <summary>A positive amount of a unit, such as the size of a change: 36台, 3.8亿元; "36 elevators", "380 million yuan".</summary>
    public abstract string Amount(decimal value, Unit unit, Noun? noun);

    /// <summary>The period an observation describes: 2023年, "2023".</summary>
    public abstract string FormatPeriod(Period period);

    public abstract string FormatDate(DateOnly value);

    /// <summary>How a citation names a paragraph, by its section: （三）第2段, "section (3), paragraph 2".</summary>
    public abstract string ParagraphReference(Paragraph paragraph);

    /// <summary>A document's short title and a paragraph of it: 长宁区政府工作报告（2024），（三）第2段, "Changning Work Report 2024, section (3), paragraph 2".</summary>
    public abstract string Reference(string shortTitle, Paragraph paragraph);
}
