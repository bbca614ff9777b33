using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// The schema.org JSON-LD of the real output parses and says sensible things: the home page is a
/// WebSite, each indicator a Dataset measured from its source report (whose paragraph exists), made
/// by the district government and published by the editors, with numbers in plain units that agree
/// with the figure the page shows.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed partial class StructuredDataTests(ServedSite site)
{
    private readonly BuiltPages _built = BuiltPages.Load(site.Output);

    [Fact]
    public void EveryJsonLdBlockParsesAndNamesItsVocabulary()
    {
        var wrong = new List<string>();
        var count = 0;
        foreach (var (path, page) in _built.Pages)
        {
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                count++;
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent);
                    if (Text(json.RootElement, "@context") != "https://schema.org" || string.IsNullOrEmpty(Text(json.RootElement, "@type")))
                    {
                        wrong.Add($"{path}: no schema.org @context or no @type");
                    }

                    if (Text(json.RootElement, "url") is { } url && url != _built.Absolute(path))
                    {
                        wrong.Add($"{path}: url {url} is not the page's own");
                    }
                }
                catch (JsonException e)
                {
                    wrong.Add($"{path}: {e.Message}");
                }
            }
        }

        Assert.True(count > 90, $"only {count} JSON-LD blocks");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("/zh/", "zh-CN")]
    [InlineData("/en/", "en")]
    public void TheHomePageDescribesTheWebSite(string path, string lang)
    {
        using var json = JsonLd(_built.Pages[path]);
        Assert.Equal("WebSite", Text(json.RootElement, "@type"));
        Assert.Equal(lang, Text(json.RootElement, "inLanguage"));
        Assert.False(string.IsNullOrWhiteSpace(Text(json.RootElement.GetProperty("publisher"), "name")));
    }

    [Fact]
    public void EveryIndicatorIsADatasetWithItsSourceAndPublisher()
    {
        var wrong = new List<string>();
        var indicators = _built.Pages.Where(p => p.Key.Contains("/indicators/", StringComparison.Ordinal)).ToList();
        foreach (var (path, page) in indicators)
        {
            using var json = JsonLd(page);
            var d = json.RootElement;
            void Expect(bool ok, string what)
            {
                if (!ok)
                {
                    wrong.Add($"{path}: {what}");
                }
            }

            Expect(Text(d, "@type") == "Dataset", "not a Dataset");
            Expect(Text(d, "name") == page.QuerySelector("h1")?.TextContent.Trim(), $"name '{Text(d, "name")}' is not the page's h1");
            Expect((Text(d, "description") ?? string.Empty).Trim().Length > 8, "no description");
            Expect(Text(d, "inLanguage") == page.DocumentElement.GetAttribute("lang"), "inLanguage is not the page's language");
            Expect(!string.IsNullOrEmpty(Text(d, "temporalCoverage")), "no temporalCoverage");
            Expect(d.TryGetProperty("spatialCoverage", out var place) && !string.IsNullOrEmpty(Text(place, "name")), "no spatialCoverage");
            Expect(d.TryGetProperty("creator", out var creator) && Text(creator, "@type") == "GovernmentOrganization" && !string.IsNullOrEmpty(Text(creator, "name")), "the creator is not the government");
            Expect(d.TryGetProperty("publisher", out var publisher) && !string.IsNullOrEmpty(Text(publisher, "name")), "no publisher");
            Expect(_built.PathOf(Text(d, "license") ?? string.Empty) is { } licence && _built.Pages.ContainsKey(licence), "the licence is not a page of the site");
            Expect(
                d.TryGetProperty("distribution", out var downloads) && downloads.ValueKind == JsonValueKind.Array && downloads.GetArrayLength() == 2
                && downloads.EnumerateArray().All(download => _built.PathOf(Text(download, "contentUrl") ?? string.Empty) is { } file
                    && file.Contains(path.Split('/')[^2], StringComparison.Ordinal) && File.Exists(SitePages.FileFor(site.Output, file))),
                "the indicator's own JSON and CSV downloads do not exist");

            // The source: a Report whose URL is a paragraph that exists on the source page.
            if (d.TryGetProperty("isBasedOn", out var report) && Text(report, "url") is { } source && _built.PathOf(source) is { } sourcePath
                && _built.Pages.TryGetValue(sourcePath, out var sourcePage))
            {
                Expect(Text(report, "@type") == "Report" && !string.IsNullOrEmpty(Text(report, "datePublished")), "isBasedOn is not a dated Report");
                Expect(sourcePage.GetElementById(source.Split('#').ElementAtOrDefault(1) ?? string.Empty) is not null, $"the cited paragraph {source} does not exist");
                Expect(page.QuerySelector("a.paragraph-link")?.GetAttribute("href") == sourcePath + "#" + source.Split('#')[1], "isBasedOn is not the paragraph the page cites");
            }
            else
            {
                Expect(false, "isBasedOn does not point at a source page of the site");
            }

            // What was measured: every figure named and described; numbers positive, with a unit.
            var measured = d.TryGetProperty("variableMeasured", out var m) ? m.EnumerateArray().ToList() : [];
            Expect(measured.Count == 1 + page.QuerySelectorAll("table.figures tbody tr").Length, $"{measured.Count} measured values for the page's figures");
            foreach (var property in measured)
            {
                Expect(Text(property, "@type") == "PropertyValue" && !string.IsNullOrEmpty(Text(property, "name")) && !string.IsNullOrEmpty(Text(property, "description")), "a measured value without a name or a description");
                if (property.TryGetProperty("value", out var value))
                {
                    Expect(value.ValueKind == JsonValueKind.Number && value.GetDecimal() > 0 && !string.IsNullOrEmpty(Text(property, "unitText")), $"value {value} of {Text(property, "name")} is not a positive number with a unit");
                }
            }

            // On English pages the headline figure reads in plain numbers: JSON-LD must agree with it.
            if (path.StartsWith("/en/", StringComparison.Ordinal) && measured.Count > 0 && Shown(page) is { } shown && measured[0].TryGetProperty("value", out var headline))
            {
                Expect(headline.GetDecimal() == shown, $"the page shows {shown} but JSON-LD says {headline.GetDecimal()} {Text(measured[0], "unitText")}");
            }
        }

        Assert.True(indicators.Count >= 2, "no indicator pages");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static JsonDocument JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")?.TextContent ?? throw new InvalidOperationException("no JSON-LD"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "30.6 billion", "1.32 million", "6,100", "18%": the headline number as the page writes it.
    private static decimal? Shown(IDocument page)
    {
        var text = page.QuerySelector(".figure-hero .figure-number")?.TextContent.Trim() ?? string.Empty;
        var match = ShownNumber().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = decimal.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "billion" => number * 1_000_000_000m,
            "million" => number * 1_000_000m,
            _ => number,
        };
    }

    [GeneratedRegex(@"^([\d,]+(?:\.\d+)?)(?:\s+(million|billion))?%?$")]
    private static partial Regex ShownNumber();
}
