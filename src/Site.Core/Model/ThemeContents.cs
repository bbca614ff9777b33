using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// A section or sub-theme with what belongs to it: its sub-themes, its indicators in report order, and
/// the first paragraph of the report it covers. <see cref="Parent"/> is a sub-theme's section.
/// </summary>
public sealed record ThemeContents(
    Theme Theme,
    Theme? Parent,
    ImmutableArray<ThemeContents> SubThemes,
    ImmutableArray<Indicator> Indicators,
    Paragraph? FirstParagraph)
{
    /// <summary>This theme and its sub-themes, in the report's order.</summary>
    public IEnumerable<ThemeContents> SelfAndSubThemes => SubThemes.Insert(0, this);
}
