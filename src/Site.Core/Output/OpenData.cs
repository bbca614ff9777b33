using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The open-data stage: data/indicators.json (the contract tests and users rely on) and
/// data/indicators.csv (one row per figure, UTF-8 with a byte-order mark so spreadsheets read Chinese).
/// </summary>
public static class OpenData
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // The file is served as JSON, never inlined in HTML, so Chinese can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ImmutableArray<OutputFile> Run(SiteModel site) =>
        [new OutputFile("data/indicators.json", Json(site)), new OutputFile("data/indicators.csv", Csv(site))];

    private static byte[] Json(SiteModel site)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Settings.Title.En);
            json.WriteString("licence", site.Settings.Licence.En);
            json.WriteStartArray("documents");
            foreach (var document in site.Documents)
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                Localized(json, "title", document.Title);
                Localized(json, "issuer", document.Issuer);
                json.WriteString("date", document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Localized(json, "provenance", document.Provenance);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var indicator in site.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("id", indicator.Id);
                Localized(json, "label", indicator.Label);
                Localized(json, "description", indicator.Description);
                json.WriteString("theme", indicator.Theme.Id);
                json.WriteString("section", indicator.Section.Id);
                json.WriteBoolean("headline", indicator.IsHeadline);
                FigureFields(json, site.Settings, indicator.Headline);
                json.WriteStartObject("urls");
                foreach (var language in Language.All)
                {
                    json.WriteString(language.Code, site.Settings.Absolute(Urls.Indicator(language, indicator.Id)));
                }

                json.WriteEndObject();
                json.WriteStartArray("figures");
                foreach (var figure in indicator.Further)
                {
                    json.WriteStartObject();
                    Localized(json, "label", figure.Label);
                    json.WriteString("relation", figure.Relation.ToString().ToLowerInvariant());
                    FigureFields(json, site.Settings, figure);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void FigureFields(Utf8JsonWriter json, SiteSettings settings, Figure figure)
    {
        var unit = figure.Unit;
        if (figure.Value is { } value)
        {
            json.WriteNumber("value", value);
            json.WriteString("value_as_written", figure.ValueText);
        }
        else
        {
            json.WriteNull("value");
            json.WriteNull("value_as_written");
        }

        json.WriteStartObject("unit");
        json.WriteString("id", unit.Id);
        json.WriteString("zh", unit.Zh);
        json.WriteString("en", unit.En ?? figure.Noun?.Other);
        json.WriteNumber("scale", unit.Scale);
        json.WriteEndObject();
        if (figure.Quantity is { } quantity)
        {
            json.WriteNumber("quantity", quantity);
        }

        json.WriteString("kind", unit.Kind);
        json.WriteString("qualifier", figure.Qualifier?.Id);
        json.WriteString("direction", Direction(figure));
        json.WriteString("basis", figure.Basis?.Id);
        if (figure.Scope is { } scope)
        {
            Localized(json, "scope", scope);
        }

        json.WriteString("period", figure.Period);
        json.WriteStartObject("text");
        foreach (var language in Language.All)
        {
            json.WriteString(language.Code, language.Wording.Figure(figure).Text);
        }

        json.WriteEndObject();
        json.WriteStartObject("source");
        json.WriteString("document", figure.Citation.Document.Id);
        json.WriteString("paragraph", figure.Citation.Paragraph.Id);
        json.WriteString("quote", figure.Citation.Quote);
        json.WriteString("translation", figure.Citation.Translation);
        json.WriteString("url", settings.Absolute(Urls.Paragraph(Language.Source, figure.Citation.Document.Id, figure.Citation.Paragraph.Id)));
        json.WriteEndObject();
    }

    private static byte[] Csv(SiteModel site)
    {
        var csv = new StringBuilder();
        csv.Append("indicator_id,figure,relation,label_zh,label_en,value,unit_zh,unit_en,quantity,qualifier,direction,basis,period,text_zh,text_en,theme,document,paragraph,quote,translation,url_zh,url_en\r\n");
        foreach (var indicator in site.Indicators)
        {
            var index = 0;
            foreach (var figure in indicator.AllFigures)
            {
                string?[] row =
                [
                    indicator.Id, index++.ToString(CultureInfo.InvariantCulture), figure.Relation.ToString().ToLowerInvariant(),
                    figure.Label.Zh, figure.Label.En, figure.ValueText, figure.Unit.Zh, figure.Unit.En ?? figure.Noun?.Other,
                    figure.Quantity?.ToString(CultureInfo.InvariantCulture),
                    figure.Qualifier?.Id, Direction(figure),
                    figure.Basis?.Id, figure.Period, Language.Zh.Wording.Figure(figure).Text, Language.En.Wording.Figure(figure).Text,
                    indicator.Theme.Id, figure.Citation.Document.Id, figure.Citation.Paragraph.Id, figure.Citation.Quote, figure.Citation.Translation,
                    site.Settings.Absolute(Urls.Indicator(Language.Zh, indicator.Id)), site.Settings.Absolute(Urls.Indicator(Language.En, indicator.Id)),
                ];
                csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string? Direction(Figure figure) =>
        figure.Direction is Model.Direction.None ? null : figure.Direction.ToString().ToLowerInvariant();

    private static string Field(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    private static void Localized(Utf8JsonWriter json, string name, LocalizedText text)
    {
        json.WriteStartObject(name);
        json.WriteString("zh", text.Zh);
        json.WriteString("en", text.En);
        json.WriteEndObject();
    }
}
