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
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static HtmlString Script(object? data) =>
        data is null
            ? new HtmlString(string.Empty)
            : new HtmlString("<script type=\"application/ld+json\">" + JsonSerializer.Serialize(data, Options) + "</script>");

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
        ["datePublished"] = document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["author"] = Organization(document.Issuer, language),
        ["url"] = url,
    };
}
