using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Site.Tests.Support;

namespace Site.Tests.Output;

/// <summary>
/// The Atom feeds read as a feed reader reads them (System.ServiceModel.Syndication), with RFC 4287's
/// required elements: an addition per indicator and an entry per correction, newest first, dated from
/// the data, linked from every page's head.
/// </summary>
public sealed class FeedTests : IDisposable
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    private static readonly string[] FeedElements = ["id", "title", "updated", "author"];

    private static readonly string[] EntryElements = ["id", "title", "updated", "link"];

    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("zh", "新收录：综合税收", "已更正：综合税收")]
    [InlineData("en", "Added: Tax revenue", "Corrected: Tax revenue")]
    public void TheFeedListsAdditionsAndCorrectionsNewestFirst(string lang, string added, string corrected)
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("updated: 2024-02-01", """
            updated: 2024-03-05
            corrections:
              - date: 2024-03-05
                what: { zh: 增长率由8%更正为18%。, en: The growth was corrected from 8% to 18%. }
                why: { zh: 录入错误。, en: It was mistyped. }
            """, StringComparison.Ordinal)).BuildOk();

        using var reader = XmlReader.Create(Path.Combine(_site.Output, lang, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["https://example.org/" + lang + "/feed.xml"], feed.Links.Where(l => l.RelationshipType == "self").Select(l => l.Uri.ToString()));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Equal("https://example.org/" + lang + "/feed.xml", feed.Id);
        Assert.NotEmpty(feed.Authors);
        Assert.Equal([corrected, added], feed.Items.Select(i => i.Title.Text));
        var correction = feed.Items.First();
        Assert.Equal("tag:example.org,2024-03-05:indicator/tax-revenue/correction/1", correction.Id);
        Assert.Equal($"https://example.org/{lang}/indicators/tax-revenue/", correction.Links.Single().Uri.ToString());
        Assert.All(feed.Items, i => Assert.NotEqual(default, i.LastUpdatedTime));

        // RFC 4287's required elements, read from the XML itself.
        var xml = XDocument.Load(Path.Combine(_site.Output, lang, "feed.xml"));
        var root = xml.Root!;
        Assert.Equal(XName.Get("feed", Atom), root.Name);
        foreach (var name in FeedElements)
        {
            Assert.NotNull(root.Element(XName.Get(name, Atom)));
        }

        Assert.All(root.Elements(XName.Get("entry", Atom)), entry =>
        {
            foreach (var name in EntryElements)
            {
                Assert.NotNull(entry.Element(XName.Get(name, Atom)));
            }
        });

        var head = _site.Html($"{lang}/index.html").QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal($"/{lang}/feed.xml", head?.GetAttribute("href"));
    }

    [Fact]
    public void CorrectionsAreShownOnTheIndicatorPageOldestFirst()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("updated: 2024-02-01", """
            updated: 2024-04-01
            corrections:
              - date: 2024-04-01
                what: { zh: 第二次更正。, en: The second correction. }
                why: { zh: 原因二。, en: Reason two. }
              - date: 2024-03-05
                what: { zh: 第一次更正。, en: The first correction. }
                why: { zh: 原因一。, en: Reason one. }
            """, StringComparison.Ordinal)).BuildOk();
        var page = _site.Html("en/indicators/tax-revenue/index.html");
        Assert.Equal(["2024-03-05", "2024-04-01"], page.QuerySelectorAll(".corrections time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("The first correction.", page.QuerySelector(".corrections li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2024-02-01", "2024-04-01"], page.QuerySelectorAll(".freshness time").Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public void ACorrectionAfterTheUpdatedDateIsRefused()
    {
        var result = _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("updated: 2024-02-01", """
            updated: 2024-02-01
            corrections:
              - date: 2024-03-05
                what: { zh: 更正。, en: A correction. }
                why: { zh: 原因。, en: A reason. }
            """, StringComparison.Ordinal)).Build();
        var line = TestSite.FirstLine(result);
        Assert.StartsWith("input/tax.yaml:", line, StringComparison.Ordinal);
        Assert.Contains("error SITE031: correction of 2024-03-05 is outside 2024-02-01 (added) to 2024-02-01 (updated)", line, StringComparison.Ordinal);
    }
}
