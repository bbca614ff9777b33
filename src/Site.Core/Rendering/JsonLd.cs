using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Model;

namespace Site.Core.Rendering;

/// <summary>
/// schema.org structured data. Serialised with an encoder that escapes &lt; and &gt;, so the JSON can
/// never close its script element.
/// </summary>
public static class JsonLd
{
    private const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static HtmlString Script(IReadOnlyDictionary<string, object?>? data) =>
        data is null
            ? new HtmlString(string.Empty)
            : new HtmlString("<script type=\"application/ld+json\">" + JsonSerializer.Serialize(data, Options) + "</script>");

    /// <summary>A node as a page's top-level data: the same, with the schema.org context.</summary>
    public static Dictionary<string, object?> Page(Dictionary<string, object?> node) => new(node) { ["@context"] = Context };

    public static Dictionary<string, object?> Organization(LocalizedText name, Language language) => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = name[language],
    };

    public static Dictionary<string, object?> Report(SourceDocument document, Language language, string url) => new()
    {
        ["@type"] = "Report",
        ["name"] = document.Title[language],
        ["inLanguage"] = "zh-CN",
        ["datePublished"] = document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["author"] = Organization(document.Issuer, language),
        ["url"] = url,
    };

    /// <summary>The home page: the site itself.</summary>
    public static Dictionary<string, object?> WebSite(SiteSettings settings, Language language, string url) => new()
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = settings.Title[language],
        ["description"] = settings.Description[language],
        ["inLanguage"] = language.HtmlLang,
        ["url"] = url,
        ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = settings.Publisher[language] },
    };

    /// <summary>An indicator page: a dataset of its figures, based on the paragraph of the report they come from.</summary>
    public static Dictionary<string, object?> Dataset(SiteSettings settings, ViewFactory views, Indicator indicator, string url)
    {
        var language = views.Language;
        var citation = indicator.Headline.Citation;
        var measured = indicator.AllFigures.Select(f =>
        {
            var property = new Dictionary<string, object?> { ["@type"] = "PropertyValue", ["name"] = f.Label[language] };
            // Claims (全覆盖, 首个) have no number; the description says it all. Numbers are in the
            // English unit's own terms, so 306亿元 is 30600000000 with unitText "yuan", never 306 "yuan".
            if (f.Value is { } value)
            {
                property["value"] = WithoutTrailingZeros(f.Unit.Quantity(value));
                property["unitText"] = f.Unit.En ?? f.Noun?.Other;
            }

            property["description"] = views.Figure(f).Text;
            return property;
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["@context"] = Context,
            ["@type"] = "Dataset",
            ["name"] = indicator.Label[language],
            ["description"] = indicator.Description[language],
            ["url"] = url,
            ["inLanguage"] = language.HtmlLang,
            ["temporalCoverage"] = indicator.Headline.Period,
            ["spatialCoverage"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = settings.Place[language] },
            ["variableMeasured"] = measured,
            ["isBasedOn"] = Report(citation.Document, language, settings.Absolute(views.ParagraphUrl(citation.Paragraph))),
            ["creator"] = Organization(citation.Document.Issuer, language),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = settings.Publisher[language] },
            ["license"] = settings.Absolute(Urls.About(language)),
            ["distribution"] = new Dictionary<string, object?>
            {
                ["@type"] = "DataDownload",
                ["encodingFormat"] = "application/json",
                ["contentUrl"] = settings.Absolute(Urls.OpenDataJson),
            },
        };
    }

    // Dividing by 1.000… drops trailing zeros: 1.13 × 10^4 is written 11300, not 11300.00.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}
