using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// What a page shows in one language: its title and description, the model its layout reads, its
/// breadcrumbs and its structured data (schema.org, as JSON-LD).
/// </summary>
public sealed record PageContent(string Title, string Description, LayoutView Model)
{
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    public IReadOnlyDictionary<string, object?>? JsonLd { get; init; }
}
