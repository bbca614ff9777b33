namespace Site.Core.Model;

/// <summary>
/// Site-wide settings from data/site.yaml. The short title stands in for the title where a phone's
/// masthead has no room for it. The place is the area the figures describe (structured data names it).
/// </summary>
public sealed record SiteSettings(
    LocalizedText Title,
    LocalizedText ShortTitle,
    LocalizedText Description,
    LocalizedText Publisher,
    LocalizedText Licence,
    LocalizedText Place,
    string BaseUrl,
    string Repository)
{
    /// <summary>
    /// A notice every page shows above its content, in both languages: an example or test site says
    /// here that it is fictional. Null for the real site.
    /// </summary>
    public LocalizedText? Notice { get; init; }

    /// <summary>The absolute URL of a site path such as <c>/en/</c>.</summary>
    public string Absolute(string path) => BaseUrl + path;
}
