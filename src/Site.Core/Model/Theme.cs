using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// A section of the report (ParentId is null) or one of its sub-themes. Indicators belong to
/// sub-themes; section pages gather their sub-themes.
/// </summary>
public sealed record Theme(
    string Id,
    string? ParentId,
    LocalizedText Title,
    LocalizedText? Number,
    LocalizedText? Summary,
    ImmutableArray<Theme> Children)
{
    public bool IsSection => ParentId is null;
}
