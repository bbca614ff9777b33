using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// The site, resolved once after validation: every id replaced by the thing it names, every quote by
/// its proven place in its paragraph, indicators in report order. Rendering, open data, the sitemap and
/// search read this and look nothing up. Immutable: stages read it, none change it.
/// </summary>
public sealed record SiteModel(
    SiteSettings Settings,
    ImmutableArray<ThemeContents> Sections,
    ImmutableArray<CitedDocument> Sources,
    Glossary Glossary,
    InterfaceStrings Strings,
    Codebook Codebook,
    ImmutableArray<Indicator> Indicators)
{
    /// <summary>The source documents, in the site's order.</summary>
    public ImmutableArray<SourceDocument> Documents { get; } = [.. Sources.Select(s => s.Document)];

    /// <summary>Sections and sub-themes, in the report's order.</summary>
    public IEnumerable<ThemeContents> AllThemes => Sections.SelectMany(s => s.SelfAndSubThemes);

    /// <summary>How many figures the indicators state, headline and further figures together.</summary>
    public int FigureCount { get; } = Indicators.Sum(i => i.AllFigures.Length);
}
