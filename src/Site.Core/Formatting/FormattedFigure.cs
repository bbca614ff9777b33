namespace Site.Core.Formatting;

/// <summary>
/// A figure as a page shows it: the words before the number, the number itself (emphasised), the words
/// after it. <see cref="Text"/> joins them as the language does (spaces in English, none in Chinese).
/// </summary>
public sealed record FormattedFigure(string Before, string Number, string After, string Text);
