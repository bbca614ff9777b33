using System.Collections.Immutable;
using Site.Core.Model;

namespace Site.Core.Input;

/// <summary>
/// Everything the site is made of, as loaded: ids still ids, every field with its position. Validation
/// checks it; <see cref="Resolving.ResolveSite"/> turns it into the <see cref="SiteModel"/> every later
/// stage reads. Immutable: stages read it, none change it.
/// </summary>
public sealed record SiteInput(
    SiteSettings Settings,
    ImmutableArray<Theme> Sections,
    ImmutableDictionary<string, Unit> Units,
    ImmutableDictionary<string, Qualifier> Qualifiers,
    ImmutableDictionary<string, Comparison> Comparisons,
    ImmutableArray<DocumentInput> Documents,
    Glossary Glossary,
    InterfaceStrings Strings,
    Codebook Codebook,
    ImmutableArray<IndicatorInput> Indicators,
    ImmutableArray<LocatedText> ChineseTexts)
{
    // Derived lookups, built once from the immutable collections above.
    private readonly ImmutableDictionary<string, Theme> _themes =
        Sections.SelectMany(s => s.Children.Insert(0, s)).DistinctBy(t => t.Id).ToImmutableDictionary(t => t.Id, StringComparer.Ordinal);

    private readonly ImmutableDictionary<string, DocumentInput> _documents =
        Documents.DistinctBy(d => d.Id).ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Sections and sub-themes, in the report's order.</summary>
    public IEnumerable<Theme> AllThemes => Sections.SelectMany(s => s.Children.Insert(0, s));

    public Theme? FindTheme(string id) => _themes.GetValueOrDefault(id);

    public DocumentInput? FindDocument(string id) => _documents.GetValueOrDefault(id);

    /// <summary>The paragraph a citation names, or null when either id is unknown.</summary>
    public ParagraphInput? FindParagraph(CitationInput citation) => FindDocument(citation.DocumentId)?.FindParagraph(citation.ParagraphId);
}
