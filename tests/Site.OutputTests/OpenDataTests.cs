using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Site.Core.Model;
using Site.Core.Output;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>
/// Every download of the real site and of the two-reports example, read as a consumer reads it: each
/// JSON file against the JSON Schema served beside it, each CSV with a real CSV parser, both compared
/// with the verified model the pages come from; every indicator page links its own files; the codebook
/// on the data page explains exactly the columns and fields the files have.
/// </summary>
public sealed class OpenDataTests : IClassFixture<BuiltSite>, IClassFixture<BuiltExample>
{
    private readonly BuiltSite _real;
    private readonly BuiltExample _example;

    public OpenDataTests(BuiltSite real, BuiltExample example)
    {
        _real = real;
        _example = example;
    }

    private IEnumerable<BuiltSite> Sites => [_real, _example];

    [Fact]
    public void EveryJsonFileFollowsItsPublishedSchema()
    {
        foreach (var site in Sites)
        {
            var schemas = new OpenDataSchemas(site.Output);
            var files = Directory.EnumerateFiles(Path.Combine(site.Output, "data"), "*.json", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && !f.EndsWith(".csl.json", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(site.Model.Indicators.Length + 1, files.Count);
            foreach (var file in files)
            {
                var errors = schemas.Errors(file);
                Assert.True(errors.Count == 0, $"{Path.GetRelativePath(site.Output, file)}:\n" + string.Join("\n", errors.Take(20)));
            }
        }
    }

    [Fact]
    public void EachIndicatorsJsonHasEveryObservationAndFigureAsTheDataSays()
    {
        foreach (var site in Sites)
        {
            foreach (var indicator in site.Model.Indicators)
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "indicators", indicator.Id + ".json")));
                var data = json.RootElement.GetProperty("indicator");
                Assert.Equal(indicator.Id, data.GetProperty("id").GetString());
                Assert.Equal(indicator.Label.Zh, data.GetProperty("label").GetProperty("zh").GetString());
                Assert.Equal(indicator.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), data.GetProperty("updated").GetString());
                var observations = data.GetProperty("observations").EnumerateArray().ToList();
                Assert.Equal(indicator.Observations.Length, observations.Count);
                foreach (var (observation, written) in indicator.Observations.Zip(observations))
                {
                    Assert.Equal(observation.Period.Iso, written.GetProperty("period").GetString());
                    var figures = written.GetProperty("figures").EnumerateArray().ToList();
                    Assert.Equal(observation.AllFigures.Length, figures.Count);
                    foreach (var (figure, value) in observation.AllFigures.Zip(figures))
                    {
                        Assert.Equal(figure.ValueText, value.GetProperty("value_as_written").GetString());
                        Assert.Equal(figure.Value, value.GetProperty("value").ValueKind == JsonValueKind.Null ? null : value.GetProperty("value").GetDecimal());
                        Assert.Equal(figure.Citation.Quote, value.GetProperty("source").GetProperty("quote").GetString());
                        Assert.Equal(figure.Unit.Zh, value.GetProperty("unit").GetProperty("zh").GetString());
                        Assert.EndsWith($"#{figure.Citation.Paragraph.Id}", value.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
                    }
                }

                var cited = indicator.AllFigures.Select(f => f.Citation.Document.Id).Distinct().Order(StringComparer.Ordinal);
                Assert.Equal(cited, json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void EveryCsvParsesWithItsColumnsAndOneRowPerFigurePerObservation()
    {
        foreach (var site in Sites)
        {
            var all = Read(Path.Combine(site.Output, "data", "indicators.csv"));
            Assert.Equal(site.Model.FigureCount, all.Count);
            foreach (var indicator in site.Model.Indicators)
            {
                var rows = Read(Path.Combine(site.Output, "data", "indicators", indicator.Id + ".csv"));
                var figures = indicator.Observations.SelectMany(o => o.AllFigures.Select(f => (Observation: o, Figure: f))).ToList();
                Assert.Equal(figures.Count, rows.Count);
                foreach (var ((observation, figure), row) in figures.Zip(rows))
                {
                    Assert.Equal(indicator.Id, row["indicator_id"]);
                    Assert.Equal(observation.Period.Iso, row["period"]);
                    Assert.Equal(figure.ValueText ?? string.Empty, row["value"]);
                    Assert.Equal(figure.Label.Zh, row["label_zh"]);
                    Assert.Equal(figure.Citation.Quote, row["quote"]);
                    Assert.Equal(figure.Citation.Translation, row["translation"]);
                    Assert.Equal(site.Model.Settings.Licence.En, row["licence"]);
                    Assert.Equal(
                        figure.Relation == FigureRelation.Headline && observation.Change?.Amount is { } amount ? amount.ToString(CultureInfo.InvariantCulture) : string.Empty,
                        row["change"]);
                }

                Assert.Equal(rows, all.Where(r => r["indicator_id"] == indicator.Id));
            }
        }
    }

    [Fact]
    public void TheExamplesChangesAreNumbersInTheData()
    {
        var lifts = Read(Path.Combine(_example.Output, "data", "indicators", "lift-retrofits.csv"));
        Assert.Equal(["", "36"], lifts.Where(r => r["figure"] == "0").Select(r => r["change"]));
        Assert.Equal("tai", lifts[^1]["change_unit"]);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_example.Output, "data", "indicators", "new-enterprises.json")));
        var change = json.RootElement.GetProperty("indicator").GetProperty("observations")[1].GetProperty("change");
        Assert.Equal(("2023", JsonValueKind.Null, "not-exact"), (change.GetProperty("since").GetString(), change.GetProperty("amount").ValueKind, change.GetProperty("note").GetString()));
    }

    [Fact]
    public void CsvFilesAreUtf8WithAByteOrderMarkAndCrlf()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_real.Output, "data"), "*.csv", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryIndicatorPageLinksItsOwnFiles()
    {
        foreach (var site in Sites)
        {
            foreach (var indicator in site.Model.Indicators)
            {
                foreach (var lang in new[] { "zh", "en" })
                {
                    var links = site.Page($"{lang}/indicators/{indicator.Id}/index.html").QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).ToList();
                    Assert.Equal(4, links.Count);
                    Assert.All(links, href => Assert.Contains(indicator.Id, href, StringComparison.Ordinal));
                    Assert.All(links, href => Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'))), $"{href} does not exist"));
                }
            }
        }
    }

    [Fact]
    public void TheCodebookExplainsExactlyTheColumnsAndFieldsTheFilesHave()
    {
        var codebook = _real.Model.Codebook;
        Assert.Equal(OpenDataCsv.Columns, codebook.Columns.Select(c => c.Name));

        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_real.Output, "data", "indicators.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");
        var fields = Names(schema.RootElement, string.Empty)
            .Concat(Names(defs.GetProperty("indicator"), "indicator."))
            .Concat(Names(defs.GetProperty("figureFields"), "figure."))
            .Concat(Names(defs.GetProperty("figure"), "figure."))
            .Append("indicator")
            .Append("observation.change")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(fields, codebook.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));

        foreach (var lang in new[] { "zh", "en" })
        {
            var page = _real.Page($"{lang}/data/index.html");
            var tables = page.QuerySelectorAll("table.codebook");
            Assert.Equal(OpenDataCsv.Columns, tables[0].QuerySelectorAll("tbody code").Select(c => c.TextContent));
            Assert.Equal(codebook.Fields.Select(f => f.Name), tables[1].QuerySelectorAll("tbody code").Select(c => c.TextContent));
        }
    }

    // The property names an object schema declares, each with a prefix.
    private static IEnumerable<string> Names(JsonElement schema, string prefix) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => prefix + p.Name) : [];

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = CsvReader.FromText(File.ReadAllText(path, Encoding.UTF8), new CsvReaderOptions { HasHeader = false });
        var header = OpenDataCsv.Columns;
        var rows = new List<Dictionary<string, string>>();
        var first = true;
        foreach (var row in reader)
        {
            var fields = new List<string>();
            for (var i = 0; i < row.FieldCount; i++)
            {
                fields.Add(row.GetString(i));
            }

            if (first)
            {
                Assert.Equal(header, fields);
                first = false;
                continue;
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
