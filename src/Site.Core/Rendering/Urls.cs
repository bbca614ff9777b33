using Site.Core.Model;

namespace Site.Core.Rendering;

/// <summary>
/// Every URL of the site, in one place. URLs are a promise to readers who link to us: change them only
/// with redirects. Paths are root-relative and end in '/' for pages.
/// </summary>
public static class Urls
{
    public static string Root => "/";

    public static string Home(Language l) => $"/{l.Code}/";

    public static string Indicator(Language l, string id) => $"/{l.Code}/indicators/{id}/";

    public static string Theme(Language l, string id) => $"/{l.Code}/themes/{id}/";

    /// <summary>The list of every source document.</summary>
    public static string Sources(Language l) => $"/{l.Code}/sources/";

    public static string Source(Language l, string documentId) => $"{Sources(l)}{documentId}/";

    public static string Paragraph(Language l, string documentId, string paragraphId) => $"{Source(l, documentId)}#{paragraphId}";

    public static string Glossary(Language l) => $"/{l.Code}/glossary/";

    public static string GlossaryEntry(Language l, string id) => $"{Glossary(l)}#{id}";

    public static string About(Language l) => $"/{l.Code}/about/";

    public static string Search(Language l) => $"/{l.Code}/search/";

    public static string NotFound(Language l) => $"/{l.Code}/404.html";

    public static string OpenDataJson => "/data/indicators.json";

    public static string OpenDataCsv => "/data/indicators.csv";

    /// <summary>The JSON Schema of <see cref="OpenDataJson"/>, served beside it.</summary>
    public static string OpenDataSchema => "/data/indicators.schema.json";

    /// <summary>The JSON Schema of each indicator's own JSON file.</summary>
    public static string IndicatorSchema => "/data/indicator.schema.json";

    /// <summary>One indicator's own download: json, csv, bib (BibTeX) or csl.json (CSL-JSON).</summary>
    public static string IndicatorData(string id, string extension) => $"/data/indicators/{id}.{extension}";

    /// <summary>The data dictionary: every download, column and field explained.</summary>
    public static string Data(Language l) => $"/{l.Code}/data/";

    /// <summary>The Atom feed of additions and corrections, one per language.</summary>
    public static string Feed(Language l) => $"/{l.Code}/feed.xml";

    /// <summary>The file a URL is written to: directories get index.html.</summary>
    public static string FileFor(string url)
    {
        var path = url.Split('#')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
