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

    /// <summary>A page listing things, such as every source report.</summary>
    public static Dictionary<string, object?> Collection(string name, string url, IReadOnlyList<Dictionary<string, object?>> parts) => new()
    {
        ["@context"] = Context,
        ["@type"] = "CollectionPage",
        ["name"] = name,
        ["url"] = url,
        ["hasPart"] = parts,
    };

    /// <summary>
    /// An indicator page: a dataset of its latest figures, covering every period it was observed, based
    /// on every paragraph its headline figures are quoted from.
    /// </summary>
    public static Dictionary<string, object?> Dataset(SiteSettings settings, ViewFactory views, Indicator indicator, string url)
    {
        var language = views.Language;
        var latest = indicator.Latest;
        var measured = latest.AllFigures.Select(f =>
        {
            var property = new Dictionary<string, object?> { ["@type"] = "PropertyValue", ["name"] = f.Label[language] };
            // Claims (全覆盖, 首个) have no number; the description says it all. Numbers are in the
            // English unit's own terms, so 306亿元 is 30600000000 with unitText "yuan", never 306 "yuan".
            if (f.Value is { } value)
            {
                property["value"] = f.Unit.Quantity(value);
                property["unitText"] = f.Unit.En ?? f.Noun?.Other;
            }

            property["description"] = views.Figure(f).Text;
            return property;
        }).ToList();
        var basedOn = indicator.Observations.Reverse()
            .Select(o => o.Headline.Citation)
            .DistinctBy(c => (c.Document.Id, c.Paragraph.Id))
            .Select(c => Report(c.Document, language, settings.Absolute(views.ParagraphUrl(c.Paragraph))))
            .ToList();
        return new Dictionary<string, object?>
        {
            ["@context"] = Context,
            ["@type"] = "Dataset",
            ["name"] = indicator.Label[language],
            ["description"] = latest.Description[language],
            ["url"] = url,
            ["inLanguage"] = language.HtmlLang,
            // ISO 8601: one year, or the interval from the first observed period to the latest.
            ["temporalCoverage"] = indicator.HasSeries ? $"{indicator.Observations[0].Period.Iso}/{latest.Period.Iso}" : latest.Period.Iso,
            ["spatialCoverage"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = settings.Place[language] },
            ["variableMeasured"] = measured,
            ["isBasedOn"] = basedOn.Count == 1 ? basedOn[0] : basedOn,
            ["creator"] = Organization(latest.Headline.Citation.Document.Issuer, language),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = settings.Publisher[language] },
            ["license"] = settings.Absolute(Urls.About(language)),
            ["distribution"] = new[] { ("application/json", "json"), ("text/csv", "csv") }
                .Select(d => new Dictionary<string, object?>
                {
                    ["@type"] = "DataDownload",
                    ["encodingFormat"] = d.Item1,
                    ["contentUrl"] = settings.Absolute(Urls.IndicatorData(indicator.Id, d.Item2)),
                })
                .ToList(),
        };
    }
}
