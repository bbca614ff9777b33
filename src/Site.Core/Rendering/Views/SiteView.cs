namespace Site.Core.Rendering.Views;

/// <summary>Site-wide values for templates in one language.</summary>
public sealed record SiteView(
    string Title,
    string ShortTitle,
    string Description,
    string Publisher,
    string Licence,
    string BaseUrl,
    string Repository,
    string HomeUrl,
    string SearchUrl,
    string GlossaryUrl,
    string AboutUrl,
    string SourceUrl,
    string? Notice,
    string DataJsonUrl,
    string DataCsvUrl,
    string DataPageUrl,
    string FeedUrl,
    string Stylesheet,
    string SearchScript);
