namespace Site.Core.Rendering.Views;

/// <summary>A source document's metadata for citations and the source page.</summary>
public sealed record DocumentView(
    string Id,
    string Title,
    string ShortTitle,
    string Issuer,
    string Speaker,
    string Occasion,
    string Part,
    string Provenance,
    string Date,
    string DateIso,
    string Url);
