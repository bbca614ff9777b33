using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// The open-data stage: every indicator as data/indicators.json and data/indicators.csv (the contract
/// users rely on, documented in docs/data.md and on the data page), each indicator's own JSON and CSV
/// under data/indicators/, and the JSON Schemas both JSON shapes follow, served beside them. An
/// indicator's top-level fields are its latest observation's, as before indicators had several;
/// <c>observations</c> holds them all, oldest first.
/// </summary>
public static class OpenData
{
    /// <summary>The version of the JSON's shape; raised when a field changes meaning or goes away, not when one is added.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The files of every indicator together, and their schemas.</summary>
    public static IEnumerable<OutputFile> Shared(SiteModel site)
    {
        yield return OutputFile.Streamed(Urls.OpenDataJson.TrimStart('/'), stream => OpenDataJson.Every(site, stream));
        yield return OutputFile.Streamed(Urls.OpenDataCsv.TrimStart('/'), stream => OpenDataCsv.Write(site.Settings, site.Indicators, stream));
        yield return File(Urls.OpenDataSchema, Schema("indicators.schema.json"));
        yield return File(Urls.IndicatorSchema, Schema("indicator.schema.json"));
    }

    /// <summary>One indicator's own files: JSON, CSV, and its reference in each language as BibTeX and CSL-JSON.</summary>
    public static IEnumerable<OutputFile> ForIndicator(SiteModel site, Indicator indicator)
    {
        yield return File(Urls.IndicatorData(indicator.Id, "json"), OpenDataJson.One(site, indicator));
        yield return File(Urls.IndicatorData(indicator.Id, "csv"), OpenDataCsv.Write(site.Settings, [indicator]));
        foreach (var language in Language.All)
        {
            // The reference in each language, as its page offers it to a reference manager.
            yield return File(Urls.IndicatorData(indicator.Id, $"{language.Code}.bib"), Encoding.UTF8.GetBytes(Citing.Cite.BibTeX(indicator, site.Settings, language)));
            yield return File(Urls.IndicatorData(indicator.Id, $"{language.Code}.csl.json"), Encoding.UTF8.GetBytes(Citing.Cite.CslJson(indicator, site.Settings, language)));
        }
    }

    public static string Relation(Figure figure) => figure.Relation.ToString().ToLowerInvariant();

    public static string? Direction(Figure figure) =>
        figure.Direction is Model.Direction.None ? null : figure.Direction.ToString().ToLowerInvariant();

    private static OutputFile File(string url, byte[] bytes) => new(url.TrimStart('/'), bytes);

    // The schemas are files of this assembly: the code that writes the data and its description ship together.
    private static byte[] Schema(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Site.Core.Output.Schemas.{name}")
            ?? throw new InvalidOperationException($"the schema {name} is not embedded in Site.Core");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
