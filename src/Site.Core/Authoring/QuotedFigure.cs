using Site.Core.Model;

namespace Site.Core.Authoring;

/// <summary>
/// A figure found in a quote: its number as written, its unit and qualifier, and where its written form
/// (<see cref="Written"/>) starts in the quote. Built from <see cref="Formatting.WrittenForm"/>, so the
/// figure found is one validation will find too.
/// </summary>
public sealed record QuotedFigure(string ValueText, Unit Unit, Qualifier? Qualifier, Comparison? Basis, int Start, WrittenFigure Written);
