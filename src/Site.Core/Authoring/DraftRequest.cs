namespace Site.Core.Authoring;

/// <summary>
/// What an editor asks <c>new</c> for: the indicator's id, the words it cites and where they stand.
/// <see cref="ThemeId"/> and <see cref="Period"/> may be left out (the paragraph's theme; the year before
/// the report's date, which a work report reviews). <see cref="Today"/> is the date the file is added.
/// </summary>
public sealed record DraftRequest(string Id, string? DocumentId, string ParagraphId, string Quote, string? ThemeId, int? Period, DateOnly Today);
