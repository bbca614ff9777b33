using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The JSON form of the open data: every indicator in one file, or one indicator with the documents it
/// cites. Both follow the JSON Schemas in Output/Schemas (served beside them and tested against every
/// file); docs/data.md and the data page explain each field.
/// </summary>
public static class OpenDataJson
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // The file is served as JSON, never inlined in HTML, so Chinese can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// data/indicators.json, every document and every indicator in report order, written to
    /// <paramref name="stream"/> as it is made: it is tens of megabytes at ten thousand indicators, and a
    /// build holds no file whole that it can write as it goes.
    /// </summary>
    public static void Every(SiteModel site, Stream stream) => Write(stream, json =>
    {
        Head(json, site.Settings);
        Documents(json, site.Settings, site.Documents);
        json.WriteStartArray("indicators");
        foreach (var indicator in site.Indicators)
        {
            Indicator(json, site.Settings, indicator);

            // The writer holds what it has not flushed: hand it on as it grows, not at the end.
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
    });

    /// <summary>data/indicators/{id}.json: one indicator, with the documents its figures cite.</summary>
    public static byte[] One(SiteModel site, Indicator indicator)
    {
        using var stream = new MemoryStream();
        Write(stream, json =>
        {
            Head(json, site.Settings);
            var cited = indicator.AllFigures.Select(f => f.Citation.Document.Id).ToHashSet(StringComparer.Ordinal);
            Documents(json, site.Settings, site.Documents.Where(d => cited.Contains(d.Id)));
            json.WritePropertyName("indicator");
            Indicator(json, site.Settings, indicator);
        });
        return stream.ToArray();
    }

    private static void Write(Stream stream, Action<Utf8JsonWriter> body)
    {
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void Head(Utf8JsonWriter json, SiteSettings settings)
    {
        json.WriteNumber("schema_version", OpenData.SchemaVersion);
        json.WriteString("title", settings.Title.En);
        json.WriteString("licence", settings.Licence.En);
        if (settings.Notice is { } notice)
        {
            Localized(json, "notice", notice);
        }
    }

    private static void Documents(Utf8JsonWriter json, SiteSettings settings, IEnumerable<SourceDocument> documents)
    {
        json.WriteStartArray("documents");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            Localized(json, "title", document.Title);
            Localized(json, "issuer", document.Issuer);
            json.WriteString("date", Iso(document.Date));
            Localized(json, "provenance", document.Provenance);
            Urls(json, settings, language => Rendering.Urls.Source(language, document.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
        json.WriteString("added", Iso(indicator.Added));
        json.WriteString("updated", Iso(indicator.Updated));
        json.WriteStartArray("corrections");
        foreach (var correction in indicator.Corrections)
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(correction.Date));
            Localized(json, "what", correction.What);
            Localized(json, "why", correction.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        FigureFields(json, settings, latest.Period, latest.Headline);
        Urls(json, settings, language => Rendering.Urls.Indicator(language, indicator.Id));
        json.WriteStartObject("downloads");
        json.WriteString("json", settings.Absolute(Rendering.Urls.IndicatorData(indicator.Id, "json")));
        json.WriteString("csv", settings.Absolute(Rendering.Urls.IndicatorData(indicator.Id, "csv")));
        Urls(json, "bibtex", settings, language => Rendering.Urls.IndicatorData(indicator.Id, $"{language.Code}.bib"));
        Urls(json, "csl_json", settings, language => Rendering.Urls.IndicatorData(indicator.Id, $"{language.Code}.csl.json"));
        json.WriteEndObject();
        Figures(json, settings, latest.Period, latest.Further);
        json.WriteStartArray("observations");
        foreach (var observation in indicator.Observations)
        {
            json.WriteStartObject();
            json.WriteString("period", observation.Period.Iso);
            Localized(json, "description", observation.Description);
            Change(json, observation.Change);
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
            json.WriteString("relation", OpenData.Relation(figure));
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
        json.WriteString("direction", OpenData.Direction(figure));
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
        json.WriteStartObject("paragraph_reference");
        foreach (var language in Language.All)
        {
            json.WriteString(language.Code, language.Wording.ParagraphReference(figure.Citation.Paragraph));
        }

        json.WriteEndObject();
        json.WriteString("quote", figure.Citation.Quote);
        json.WriteString("translation", figure.Citation.Translation);
        json.WriteString("url", settings.Absolute(Rendering.Urls.Paragraph(Language.Source, figure.Citation.Document.Id, figure.Citation.Paragraph.Id)));
        json.WriteEndObject();
    }

    // How the headline moved since the previous period: the exact signed amount, or null and why not.
    private static void Change(Utf8JsonWriter json, Model.Change? change)
    {
        if (change is null)
        {
            json.WriteNull("change");
            return;
        }

        json.WriteStartObject("change");
        json.WriteString("since", change.Since.Iso);
        if (change.Amount is { } amount)
        {
            json.WriteNumber("amount", amount);
        }
        else
        {
            json.WriteNull("amount");
        }

        json.WriteString("unit", change.Unit.Id);
        json.WriteString("note", change.Note switch
        {
            ChangeNote.Computed => "computed",
            ChangeNote.NotExact => "not-exact",
            ChangeNote.Rank => "rank",
            ChangeNote.Claim => "claim",
            _ => "change-of-change",
        });
        json.WriteEndObject();
    }

    private static void Localized(Utf8JsonWriter json, string name, LocalizedText text)
    {
        json.WriteStartObject(name);
        json.WriteString("zh", text.Zh);
        json.WriteString("en", text.En);
        json.WriteEndObject();
    }

    // A page's address in every language.
    private static void Urls(Utf8JsonWriter json, SiteSettings settings, Func<Language, string> url) => Urls(json, "urls", settings, url);

    private static void Urls(Utf8JsonWriter json, string name, SiteSettings settings, Func<Language, string> url)
    {
        json.WriteStartObject(name);
        foreach (var language in Language.All)
        {
            json.WriteString(language.Code, settings.Absolute(url(language)));
        }

        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
