using CsvHelper;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The CSV form of the open data: one row per figure per observation, the same columns for the file of
/// every indicator and for each indicator's own file. Written with CsvHelper: RFC 4180 quoting, UTF-8
/// with a byte-order mark (spreadsheet programs otherwise guess a legacy encoding and garble Chinese),
/// CRLF line ends. A text cell that a spreadsheet would run as a formula (one starting with = + - @, a
/// tab or a CR) gets a single quote in front and is quoted, as OWASP's CSV-injection guidance says;
/// numbers are written as numbers and left alone, so a change of -3 stays a number.
/// </summary>
public static class OpenDataCsv
{
    /// <summary>The columns, in order; docs/data.md and the data page explain each.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "indicator_id", "figure", "relation", "label_zh", "label_en", "value", "unit_zh", "unit_en", "quantity",
        "qualifier", "direction", "basis", "period", "text_zh", "text_en", "theme", "document", "paragraph",
        "quote", "translation", "url_zh", "url_en", "paragraph_url", "licence", "change", "change_unit",
        "paragraph_reference_zh", "paragraph_reference_en",
    ];

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
    };

    public static byte[] Write(SiteSettings settings, IEnumerable<Indicator> indicators)
    {
        using var stream = new MemoryStream();
        Write(settings, indicators, stream);
        return stream.ToArray();
    }

    /// <summary>The CSV of <paramref name="indicators"/> written to <paramref name="stream"/> as it is made (every indicator's is megabytes).</summary>
    public static void Write(SiteSettings settings, IEnumerable<Indicator> indicators, Stream stream)
    {
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord([.. Columns]);
            foreach (var indicator in indicators)
            {
                foreach (var observation in indicator.Observations)
                {
                    var index = 0;
                    foreach (var figure in observation.AllFigures)
                    {
                        Row(csv, settings, indicator, observation, figure, index++);
                        csv.EndRecord();
                    }
                }
            }
        }
    }

    private static void Row(CsvWriter csv, SiteSettings settings, Indicator indicator, Observation observation, Figure figure, int index)
    {
        var citation = figure.Citation;
        csv.WriteField(indicator.Id);
        csv.WriteField(index, default);
        csv.WriteField(OpenData.Relation(figure));
        csv.WriteField(figure.Label.Zh);
        csv.WriteField(figure.Label.En);
        // A decimal keeps the digits as written (1.13 stays 1.13, 6100 stays 6100).
        csv.WriteField(figure.Value, default);
        csv.WriteField(figure.Unit.Zh);
        csv.WriteField(figure.Unit.En ?? figure.Noun?.Other);
        csv.WriteField(figure.Quantity, default);
        csv.WriteField(figure.Qualifier?.Id);
        csv.WriteField(OpenData.Direction(figure));
        csv.WriteField(figure.Basis?.Id);
        csv.WriteField(observation.Period.Year, default);
        csv.WriteField(Language.Zh.Wording.Figure(figure).Text);
        csv.WriteField(Language.En.Wording.Figure(figure).Text);
        csv.WriteField(indicator.Theme.Id);
        csv.WriteField(citation.Document.Id);
        csv.WriteField(citation.Paragraph.Id);
        csv.WriteField(citation.Quote);
        csv.WriteField(citation.Translation);
        csv.WriteField(settings.Absolute(Urls.Indicator(Language.Zh, indicator.Id)));
        csv.WriteField(settings.Absolute(Urls.Indicator(Language.En, indicator.Id)));
        csv.WriteField(settings.Absolute(Urls.Paragraph(Language.Source, citation.Document.Id, citation.Paragraph.Id)));
        csv.WriteField(settings.Licence.En);
        // The headline figure's change since the previous period, signed (-3 is a fall), when it can be computed.
        var change = index == 0 && observation.Change is { Amount: { } amount } computed ? computed : null;
        csv.WriteField(change?.Amount, default);
        csv.WriteField(change?.Unit.Id);
        // Added after the first release's columns, so readers that take columns by position keep working.
        csv.WriteField(Language.Zh.Wording.ParagraphReference(citation.Paragraph));
        csv.WriteField(Language.En.Wording.ParagraphReference(citation.Paragraph));
    }
}
