namespace Site.Core.Rendering;

/// <summary>
/// Words a screen reader announces at the start and end of each marked range (a highlight alone is
/// silent), in the reader's language, which may differ from the paragraph's: they carry their own lang.
/// </summary>
public sealed record MarkLabels(string Start, string End, string Lang);
