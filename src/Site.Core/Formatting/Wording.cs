using Site.Core.Model;

namespace Site.Core.Formatting;

/// <summary>
/// Everything a language writes its own way: a figure (306亿元 or "30.6 billion yuan"), a date, a
/// reference to a paragraph. Each <see cref="Language"/> carries its wording, chosen once when the
/// language is defined; nothing else branches on the language.
/// </summary>
public abstract class Wording
{
    /// <summary>A figure as a page in this language shows it.</summary>
    public abstract FormattedFigure Figure(Figure figure);

    public abstract string FormatDate(DateOnly value);

    /// <summary>How a citation names a paragraph: 第3段, "paragraph 3".</summary>
    public abstract string ParagraphReference(Paragraph paragraph);
}
