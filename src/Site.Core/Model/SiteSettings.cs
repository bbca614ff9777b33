namespace Site.Core.Model;

/// <summary>Site-wide settings from data/site.yaml.</summary>
public sealed record SiteSettings(
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Publisher,
    LocalizedText Licence,
    string BaseUrl,
    string Repository)
{
    /// <summary>The absolute URL of a site path such as <c>/en/</c>.</summary>
    public string Absolute(string path) => BaseUrl + path;
}
