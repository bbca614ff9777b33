using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Core.Formatting;
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

    public static ImmutableArray<OutputFile> Run(SiteModel site)
    {
        var ordered = ReportOrder.Sort(site);
        return [new OutputFile("data/indicators.json", Json(site, ordered)), new OutputFile("data/indicators.csv", Csv(site, ordered))];
    }

    private static byte[] Json(SiteModel site, ImmutableArray<Indicator> ordered)
    {
        var formatter = new FigureFormatter(site);
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
                json.WriteString("date", document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Localized(json, "provenance", document.Provenance);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var indicator in ordered)
            {
                json.WriteStartObject();
                json.WriteString("id", indicator.Id);
                Localized(json, "label", indicator.Label);
                Localized(json, "description", indicator.Description);
                json.WriteString("theme", indicator.ThemeId);
                json.WriteString("section", site.FindTheme(indicator.ThemeId)?.ParentId);
                json.WriteBoolean("headline", indicator.IsHeadline);
                FigureFields(json, site, formatter, indicator.Figure);
                json.WriteStartObject("urls");
                foreach (var language in Language.All)
                {
                    json.WriteString(language.Code, site.Settings.Absolute(Urls.Indicator(language, indicator.Id)));
                }

                json.WriteEndObject();
                json.WriteStartArray("figures");
                foreach (var figure in indicator.Figures)
                {
                    json.WriteStartObject();
                    Localized(json, "label", figure.Label);
                    json.WriteString("relation", figure.Relation.ToString().ToLowerInvariant());
                    FigureFields(json, site, formatter, figure);
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

    private static void FigureFields(Utf8JsonWriter json, SiteModel site, FigureFormatter formatter, Figure figure)
    {
        var unit = site.Units[figure.UnitId];
        var qualifier = figure.QualifierId is null ? null : site.Qualifiers[figure.QualifierId];
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
        if (figure.Value is { } v && unit.Format is UnitFormat.Number)
        {
            json.WriteNumber("quantity", Quantity(v, unit.Scale));
        }

        json.WriteString("kind", unit.Kind);
        json.WriteString("qualifier", qualifier?.Id);
        json.WriteString("direction", qualifier is { Direction: not Direction.None } ? qualifier.Direction.ToString().ToLowerInvariant() : null);
        json.WriteString("basis", figure.BasisId);
        if (figure.Scope is { } scope)
        {
            Localized(json, "scope", scope);
        }

        json.WriteString("period", figure.Period);
        json.WriteStartObject("text");
        foreach (var language in Language.All)
        {
            json.WriteString(language.Code, formatter.Format(figure, language).Text);
        }

        json.WriteEndObject();
        json.WriteStartObject("source");
        json.WriteString("document", figure.Source.DocumentId);
        json.WriteString("paragraph", figure.Source.ParagraphId);
        json.WriteString("quote", figure.Source.Quote);
        json.WriteString("translation", figure.Source.Translation);
        json.WriteString("url", site.Settings.Absolute(Urls.Paragraph(Language.Zh, figure.Source.DocumentId, figure.Source.ParagraphId)));
        json.WriteEndObject();
    }

    private static byte[] Csv(SiteModel site, ImmutableArray<Indicator> ordered)
    {
        var formatter = new FigureFormatter(site);
        var csv = new StringBuilder();
        csv.Append("indicator_id,figure,relation,label_zh,label_en,value,unit_zh,unit_en,quantity,qualifier,direction,basis,period,text_zh,text_en,theme,document,paragraph,quote,translation,url_zh,url_en\r\n");
        foreach (var indicator in ordered)
        {
            var index = 0;
            foreach (var figure in indicator.AllFigures)
            {
                var unit = site.Units[figure.UnitId];
                var qualifier = figure.QualifierId is null ? null : site.Qualifiers[figure.QualifierId];
                string?[] row =
                [
                    indicator.Id, index++.ToString(System.Globalization.CultureInfo.InvariantCulture), figure.Relation.ToString().ToLowerInvariant(),
                    figure.Label.Zh, figure.Label.En, figure.ValueText, unit.Zh, unit.En ?? figure.Noun?.Other,
                    figure.Value is { } v && unit.Format is UnitFormat.Number ? Quantity(v, unit.Scale).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                    qualifier?.Id, qualifier is { Direction: not Direction.None } ? qualifier.Direction.ToString().ToLowerInvariant() : null,
                    figure.BasisId, figure.Period, formatter.Format(figure, Language.Zh).Text, formatter.Format(figure, Language.En).Text,
                    indicator.ThemeId, figure.Source.DocumentId, figure.Source.ParagraphId, figure.Source.Quote, figure.Source.Translation,
                    site.Settings.Absolute(Urls.Indicator(Language.Zh, indicator.Id)), site.Settings.Absolute(Urls.Indicator(Language.En, indicator.Id)),
                ];
                csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static decimal Quantity(decimal value, int scale)
    {
        for (var i = 0; i < scale; i++)
        {
            value *= 10m;
        }

        return value;
    }

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
