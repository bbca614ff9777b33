using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// An indicator page as CSL-JSON (the CSL 1.0.2 data schema), the format Zotero, Mendeley and citation
/// processors such as citeproc-js and pandoc read: a data set by the site's publisher, issued on the
/// indicator's update date, on the site, with the original report and paragraph in its note.
/// </summary>
internal static class CslItem
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // A downloaded file, never inlined in a page: Chinese and apostrophes stay readable, as in the open data.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string For(Indicator indicator, SiteSettings settings, Language language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            // A CSL-JSON file is an array of items, even for one.
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", indicator.Id);
            json.WriteString("type", "dataset");
            json.WriteString("title", indicator.Label[language]);
            json.WriteStartArray("author");
            json.WriteStartObject();
            // A literal name: an editorial team has no given and family name to split.
            json.WriteString("literal", settings.Publisher[language]);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(indicator.Updated.Year);
            json.WriteNumberValue(indicator.Updated.Month);
            json.WriteNumberValue(indicator.Updated.Day);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("URL", settings.Absolute(Urls.Indicator(language, indicator.Id)));
            // The site publishes the data set (GB/T's 发布平台, Zotero's repository) and contains the page.
            json.WriteString("publisher", settings.Title[language]);
            json.WriteString("container-title", settings.Title[language]);
            json.WriteString("language", language.HtmlLang);
            json.WriteString("note", CitationStyle.For(language).SourceNote(indicator, settings, language));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
