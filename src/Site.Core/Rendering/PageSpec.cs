using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// One page of the site, described for any language: its kind and layout, its URL, its title and
/// description, its breadcrumbs, the model its layout reads, and its structured data.
/// </summary>
public sealed record PageSpec(
    string Kind,
    string Layout,
    Func<Language, string> Url,
    Func<ViewFactory, string> Title,
    Func<ViewFactory, string> Description,
    Func<ViewFactory, object> Model)
{
    public Func<ViewFactory, IReadOnlyList<LinkView>> Breadcrumbs { get; init; } = _ => [];

    public Func<ViewFactory, string, object?> JsonLd { get; init; } = (_, _) => null;

    /// <summary>Search engines index every page but the 404 pages.</summary>
    public bool Indexable { get; init; } = true;
}
