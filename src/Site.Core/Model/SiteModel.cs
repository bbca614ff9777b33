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
    // Derived lookups, built once from the immutable collections above (see SourceDocument).
    private readonly ImmutableDictionary<string, Theme> _themes =
        Sections.SelectMany(s => s.Children.Insert(0, s)).DistinctBy(t => t.Id).ToImmutableDictionary(t => t.Id, StringComparer.Ordinal);

    private readonly ImmutableDictionary<string, int> _documents =
        Documents.Select((d, i) => KeyValuePair.Create(d.Id, i)).DistinctBy(p => p.Key).ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Sections and sub-themes, in the report's order.</summary>
    public IEnumerable<Theme> AllThemes => Sections.SelectMany(s => s.Children.Insert(0, s));

    public Theme? FindTheme(string id) => _themes.GetValueOrDefault(id);

    public SourceDocument? FindDocument(string id) => _documents.TryGetValue(id, out var i) ? Documents[i] : null;

    /// <summary>The document's position in the site, or -1.</summary>
    public int PositionOf(string documentId) => _documents.TryGetValue(documentId, out var i) ? i : -1;
}
