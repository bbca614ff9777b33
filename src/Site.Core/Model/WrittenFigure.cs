namespace Site.Core.Model;

/// <summary>
/// A figure as the report writes it, built from its data by <see cref="Formatting.WrittenForm"/>: the
/// words before the number (scope, a qualifier such as 超过), the number (or a rank's numeral, or a
/// claim's words), and the words after it (a qualifier such as 余, the unit). Validation finds exactly
/// this text in the quote, Chinese pages show it, and source pages link it.
/// </summary>
public sealed record WrittenFigure(string Before, string Number, string After, bool IsNumeric)
{
    public string Text { get; } = Before + Number + After;

    /// <summary>
    /// Where this text stands in <paramref name="text"/> as a whole number (no digit or decimal point
    /// directly before the number), or -1: 306亿元 is never found for a value of 6 or 30. Ranks and
    /// claims have no digits to run into and are found as they are.
    /// </summary>
    public int IndexIn(string text)
    {
        for (var at = text.IndexOf(Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Text, at + 1, StringComparison.Ordinal))
        {
            var numberAt = at + Before.Length;
            if (!IsNumeric || numberAt == 0 || !(char.IsAsciiDigit(text[numberAt - 1]) || text[numberAt - 1] == '.'))
            {
                return at;
            }
        }

        return -1;
    }
}
