namespace Site.Core.Formatting;

/// <summary>
/// A figure as a page shows it: the words before the number, the number itself (emphasised), the words
/// after it, and the separator the language puts between them (a space in English, nothing in
/// Chinese). <see cref="Text"/> joins the parts that are not empty with it; templates use the same
/// separator, so the spacing is defined once.
/// </summary>
public sealed record FormattedFigure(string Before, string Number, string After, string Separator)
{
    public string Text { get; } = string.Join(Separator, new[] { Before, Number, After }.Where(p => p.Length > 0));
}
