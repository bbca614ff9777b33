using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The open-data stage: data/indicators.json (the contract users rely on, documented in docs/data.md)
/// and data/indicators.csv (one row per figure per observation, UTF-8 with a byte-order mark so
/// spreadsheets read Chinese). An indicator's top-level fields are its latest observation's, as before
/// indicators had several; <c>observations</c> holds them all, oldest first.
/// </summary>
public static class OpenData
{
    /// <summary>The version of the JSON's shape; raised when a field changes meaning or goes away, not when one is added.</summary>
    public const int SchemaVersion = 2;

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
            json.WriteNumber("schema_version", SchemaVersion);
            json.WriteString("title", site.Settings.Title.En);
            json.WriteString("licence", site.Settings.Licence.En);
            if (site.Settings.Notice is { } notice)
            {
                Localized(json, "notice", notice);
            }

            json.WriteStartArray("documents");
            foreach (var document in site.Documents)
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                Localized(json, "title", document.Title);
                Localized(json, "issuer", document.Issuer);
                json.WriteString("date", document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Localized(json, "provenance", document.Provenance);
                Urls(json, site.Settings, language => Rendering.Urls.Source(language, document.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var indicator in site.Indicators)
            {
                Indicator(json, site.Settings, indicator);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Indicator(Utf8JsonWriter json, SiteSettings settings, Indicator indicator)
    {
        var latest = indicator.Latest;
        json.WriteStartObject();
        json.WriteString("id", indicator.Id);
        Localized(json, "label", indicator.Label);
        Localized(json, "description", latest.Description);
        json.WriteString("theme", indicator.Theme.Id);
        json.WriteString("section", indicator.Section.Id);
        // "headline" is the name readers of schema 1 know; "featured" says what it means.
        json.WriteBoolean("headline", indicator.IsFeatured);
        json.WriteBoolean("featured", indicator.IsFeatured);
        FigureFields(json, settings, latest.Period, latest.Headline);
        Urls(json, settings, language => Rendering.Urls.Indicator(language, indicator.Id));
        Figures(json, settings, latest.Period, latest.Further);
        json.WriteStartArray("observations");
        foreach (var observation in indicator.Observations)
        {
            json.WriteStartObject();
            json.WriteString("period", observation.Period.Iso);
            Localized(json, "description", observation.Description);
            Figures(json, settings, observation.Period, observation.AllFigures);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Figures with their own labels and relations: an observation's, or the latest's further figures.
    private static void Figures(Utf8JsonWriter json, SiteSettings settings, Period period, ImmutableArray<Figure> figures)
    {
        json.WriteStartArray("figures");
        foreach (var figure in figures)
        {
            json.WriteStartObject();
            Localized(json, "label", figure.Label);
            json.WriteString("relation", Relation(figure));
            FigureFields(json, settings, period, figure);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void FigureFields(Utf8JsonWriter json, SiteSettings settings, Period period, Figure figure)
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

        json.WriteString("period", period.Iso);
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
        json.WriteString("url", settings.Absolute(Rendering.Urls.Paragraph(Language.Source, figure.Citation.Document.Id, figure.Citation.Paragraph.Id)));
        json.WriteEndObject();
    }

    private static byte[] Csv(SiteModel site)
    {
        var csv = new StringBuilder();
        csv.Append("indicator_id,figure,relation,label_zh,label_en,value,unit_zh,unit_en,quantity,qualifier,direction,basis,period,text_zh,text_en,theme,document,paragraph,quote,translation,url_zh,url_en\r\n");
        foreach (var indicator in site.Indicators)
        {
            foreach (var observation in indicator.Observations)
            {
                var index = 0;
                foreach (var figure in observation.AllFigures)
                {
                    string?[] row =
                    [
                        indicator.Id, index++.ToString(CultureInfo.InvariantCulture), Relation(figure),
                        figure.Label.Zh, figure.Label.En, figure.ValueText, figure.Unit.Zh, figure.Unit.En ?? figure.Noun?.Other,
                        figure.Quantity?.ToString(CultureInfo.InvariantCulture),
                        figure.Qualifier?.Id, Direction(figure),
                        figure.Basis?.Id, observation.Period.Iso, Language.Zh.Wording.Figure(figure).Text, Language.En.Wording.Figure(figure).Text,
                        indicator.Theme.Id, figure.Citation.Document.Id, figure.Citation.Paragraph.Id, figure.Citation.Quote, figure.Citation.Translation,
                        site.Settings.Absolute(Rendering.Urls.Indicator(Language.Zh, indicator.Id)), site.Settings.Absolute(Rendering.Urls.Indicator(Language.En, indicator.Id)),
                    ];
                    csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Relation(Figure figure) => figure.Relation.ToString().ToLowerInvariant();

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

    // A page's address in every language.
    private static void Urls(Utf8JsonWriter json, SiteSettings settings, Func<Language, string> url)
    {
        json.WriteStartObject("urls");
        foreach (var language in Language.All)
        {
            json.WriteString(language.Code, settings.Absolute(url(language)));
        }

        json.WriteEndObject();
    }
}
