namespace Site.Core.Rendering.Views;

/// <summary>
/// What the base layout needs for any page: language, titles, canonical and alternate URLs, the
/// language switcher's target, breadcrumbs, navigation and structured data.
/// </summary>
public sealed record PageView(
    string Kind,
    LanguageView Lang,
    string Title,
    string FullTitle,
    string Description,
    string Url,
    string Canonical,
    string SwitchUrl,
    IReadOnlyList<AlternateView> Alternates,
    string DefaultUrl,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<LinkView> Sections,
    HtmlString JsonLd,
    string OgType,
    bool Indexable);
