using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CsvHelper;
using Site.Core.Authoring;
using Site.Core.Loading;
using Site.Core.Search;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>
/// Markup and script written into every text field an editor can fill (indicator, figure, citation,
/// correction, theme, glossary, source document, paragraph, site settings) are accepted as text and stay
/// inert everywhere the site puts them: HTML pages (no script, no event handler, no injected element), the
/// structured data in them, the search documents, the JSON, CSV, BibTeX and CSL-JSON downloads and the
/// feeds; and each shows, or round-trips, the text exactly as written.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    // Markup, a script, an event handler, quotes of both kinds, an entity, braces and a backslash (BibTeX),
    // and a leading = (a spreadsheet formula).
    private const string English = "=1+2 <script>alert('en')</script><img src=x onerror=alert(1)> \"q\" &amp; {b} \\x";
    private const string Chinese = "综合税收 <script>alert('zh')</script><img src=x onerror=alert(2)> &amp; {b}";
    private const string Paragraph = "(一)发展经济。数字经济企业实现综合税收306亿元<b onclick=alert(3)>,同比增长18%。";
    private readonly TestSite _site = TestSite.Create();

    public HostileTextTests()
    {
        static string Q(string text) => YamlScalar.Quoted(text);
        var en = Q(English);
        var zh = Q(Chinese);
        var both = $"{{ zh: {zh}, en: {en} }}";
        _site.Write("data/site.yaml", $"""
            title: {both}
            short_title: {both}
            description: {both}
            publisher: {both}
            licence: {both}
            place: {both}
            base_url: https://example.org
            repository: https://example.org/repo
            """);
        const string number = "{ zh: （一）, en: \"1\" }";
        _site.Write("data/themes.yaml", $"""
            - id: economy
              number: {number}
              title: {both}
              summary: {both}
              subthemes:
                - id: digital
                  title: {both}
            """);
        _site.Write("data/glossary.yaml", $"""
            - id: digital-economy
              term: 数字经济
              en: {en}
              en_status: official
              en_source: {both}
              explanation: {both}
            """);
        _site.Write("data/sources/report.yaml", $"""
            id: report
            title: {both}
            short_title: {both}
            issuer: {both}
            speaker: {both}
            occasion: {both}
            part: {both}
            provenance: {both}
            date: 2024-01-16
            paragraphs:
              - id: p1
                theme: economy
                heading: (一)发展经济。
                text: {Q(Paragraph)}
                translation: {en}
            """);
        _site.Write("input/hostile.yaml", $"""
            id: hostile
            theme: digital
            label: {both}
            description: {both}
            featured: true
            value: 306
            unit: yi-yuan
            scope: {both}
            period: 2023
            source:
              document: report
              paragraph: p1
              quote: {Q("综合税收306亿元")}
              translation: {en}
            figures:
              - label: {both}
                value: 18
                unit: percent
                qualifier: increase
                basis: year-on-year
                source:
                  quote: 同比增长18%
                  translation: {en}
            corrections:
              - date: 2024-02-02
                what: {both}
                why: {both}
            added: 2024-02-01
            updated: 2024-02-02
            """.Replace("scope: " + both + "\n", string.Empty, StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EveryPageShowsTheTextAsTextAndRunsNothingOfIt()
    {
        _site.BuildOk();
        var parser = new HtmlParser();
        var pages = _site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        var shown = 0;
        foreach (var file in pages)
        {
            var page = parser.ParseDocument(_site.Text(file));
            foreach (var script in page.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json")
                {
                    // Structured data is never run; it must still parse, and hold no "</" that could close its element.
                    Assert.DoesNotContain("</", script.TextContent, StringComparison.Ordinal);
                    using var _ = JsonDocument.Parse(script.TextContent);
                }
                else
                {
                    Assert.True(script.GetAttribute("src")?.StartsWith("/assets/", StringComparison.Ordinal) == true && script.TextContent.Length == 0, $"{file}: {script.OuterHtml}");
                }
            }

            Assert.Empty(page.QuerySelectorAll("img, b, iframe, object, embed"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            var text = page.Body!.TextContent;
            if (text.Contains(English, StringComparison.Ordinal) || text.Contains(Chinese, StringComparison.Ordinal))
            {
                shown++;
            }
        }

        // The site's title is on every page (the language chooser at / included), so the text shows on all of them.
        Assert.Equal(pages.Count, shown);
        var source = parser.ParseDocument(_site.Text("zh/sources/report/index.html")).Body!.TextContent;
        Assert.Contains("306亿元<b onclick=alert(3)>,同比增长18%", source, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchDocumentsHoldTheTextAsText()
    {
        var result = _site.BuildOk();
        var documents = BuildSearchDocuments.Run(result.Site!, LoadSynonyms.Run(new SiteFiles(_site.Root), new Site.Core.Diagnostics.DiagnosticBag()));
        Assert.NotEmpty(documents);
        var parser = new HtmlParser();
        foreach (var document in documents)
        {
            var html = parser.ParseDocument(document.Html);
            Assert.Empty(html.QuerySelectorAll("script, img, b, iframe"));
            Assert.DoesNotContain(html.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        Assert.Contains(documents, d => parser.ParseDocument(d.Html).Body!.TextContent.Contains(English, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDownloadRoundTripsTheTextAndRunsNothingOfIt()
    {
        _site.BuildOk();
        var json = _site.OutputFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.Contains("data/indicators.json", json);
        var strings = new List<string>();
        foreach (var file in json)
        {
            using var document = JsonDocument.Parse(_site.Text(file));
            Collect(document.RootElement, strings);
        }

        Assert.Contains(English, strings);
        Assert.Contains(Chinese, strings);

        // CSV: the formula is neutralised (a leading ' as CSV-injection guidance asks), the rest kept exactly.
        foreach (var file in _site.OutputFiles().Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            using var reader = CsvReader.FromText(_site.Text(file).TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false });
            var cells = new List<string>();
            foreach (var row in reader)
            {
                for (var i = 0; i < row.FieldCount; i++)
                {
                    cells.Add(row.GetString(i));
                }
            }

            Assert.DoesNotContain(cells, c => c.Length > 0 && "=+@".Contains(c[0], StringComparison.Ordinal));
            Assert.Contains("'" + English, cells);
        }

        // BibTeX: braces balance in every entry, so no text closes a field or the entry early.
        foreach (var file in _site.OutputFiles().Where(f => f.EndsWith(".bib", StringComparison.Ordinal)))
        {
            var text = _site.Text(file);
            var depth = 0;
            foreach (var c in text)
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                Assert.True(depth >= 0, $"{file}: a brace closes more than was opened");
            }

            Assert.Equal(0, depth);
            Assert.Contains("{\\textless}script{\\textgreater}", text, StringComparison.Ordinal);
        }

        // Feeds and the sitemap are well-formed XML that holds the text as text.
        foreach (var file in _site.OutputFiles().Where(f => f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = XDocument.Parse(_site.Text(file));
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "img");
        }

        Assert.Contains(English, XDocument.Parse(_site.Text("en/feed.xml")).Descendants().Select(e => e.Value));
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }
}
