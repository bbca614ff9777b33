using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>Everything the site is made of, loaded and verified. Immutable: stages read it, none change it.</summary>
public sealed record SiteModel(
    SiteSettings Settings,
    ImmutableArray<Theme> Sections,
    ImmutableDictionary<string, Unit> Units,
    ImmutableDictionary<string, Qualifier> Qualifiers,
    ImmutableDictionary<string, Comparison> Comparisons,
    ImmutableArray<SourceDocument> Documents,
    Glossary Glossary,
    InterfaceStrings Strings,
    ImmutableArray<Indicator> Indicators)
{
    /// <summary>Sections and sub-themes, in the report's order.</summary>
    public IEnumerable<Theme> AllThemes => Sections.SelectMany(s => s.Children.Insert(0, s));

    public Theme? FindTheme(string id) => AllThemes.FirstOrDefault(t => t.Id == id);

    public SourceDocument? FindDocument(string id) => Documents.FirstOrDefault(d => d.Id == id);
}
