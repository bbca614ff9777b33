using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// Over every page of the real output: each page names itself as canonical, lists absolute hreflang
/// alternates for both languages and x-default, and the alternates form clusters that agree with each
/// other and with sitemap.xml; titles, descriptions and Open Graph tags are in the page's language.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed partial class BilingualTests(ServedSite site)
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";

    private readonly BuiltPages _built = BuiltPages.Load(site.Output);

    [Fact]
    public void TheSiteHasEveryPageTypeInBothLanguages()
    {
        foreach (var path in new[] { "/", "/zh/", "/en/", "/zh/about/", "/en/about/", "/zh/404.html", "/en/404.html", "/zh/glossary/", "/en/search/" })
        {
            Assert.Contains(path, _built.Pages.Keys);
        }

        Assert.True(_built.Pages.Count > 100, $"only {_built.Pages.Count} pages");
    }

    [Fact]
    public void EveryPageIsCanonicalToItself()
    {
        var wrong = _built.Pages
            .Where(p => p.Value.QuerySelectorAll("link[rel=canonical]").Select(l => l.GetAttribute("href")).SingleOrDefault() != _built.Absolute(p.Key))
            .Select(p => $"{p.Key}: {string.Join(", ", p.Value.QuerySelectorAll("link[rel=canonical]").Select(l => l.GetAttribute("href")))}")
            .ToList();
        Assert.True(wrong.Count == 0, "canonical is not the page itself:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryPageHasAbsoluteAlternatesForBothLanguagesAndXDefault()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages)
        {
            var alternates = BuiltPages.Alternates(page);
            if (!alternates.Keys.Order(StringComparer.Ordinal).SequenceEqual(["en", "x-default", "zh-CN"]))
            {
                wrong.Add($"{path}: hreflang {string.Join(", ", alternates.Keys)}");
                continue;
            }

            wrong.AddRange(alternates.Where(a => _built.PathOf(a.Value) is null).Select(a => $"{path}: {a.Key} is not an absolute URL of this site: {a.Value}"));
            var lang = page.DocumentElement.GetAttribute("lang");
            if (path != "/" && alternates[lang!] != _built.Absolute(path))
            {
                wrong.Add($"{path}: its own language's alternate ({lang}) is {alternates[lang!]}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void AlternatesPointAtExistingPagesThatPointBack()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages)
        {
            var alternates = BuiltPages.Alternates(page);
            foreach (var (hreflang, href) in alternates)
            {
                var target = _built.PathOf(href);
                if (target is null || !_built.Pages.TryGetValue(target, out var other))
                {
                    wrong.Add($"{path}: {hreflang} points at a page that does not exist: {href}");
                    continue;
                }

                // Every page of a cluster lists the same alternates, so each one points back.
                var back = BuiltPages.Alternates(other);
                if (!back.OrderBy(a => a.Key, StringComparer.Ordinal).SequenceEqual(alternates.OrderBy(a => a.Key, StringComparer.Ordinal)))
                {
                    wrong.Add($"{path}: {hreflang} {target} lists other alternates: {string.Join(", ", back.Select(b => b.Key + "=" + b.Value))}");
                }

                if (hreflang != "x-default" && other.DocumentElement.GetAttribute("lang") != hreflang)
                {
                    wrong.Add($"{path}: {hreflang} points at {target}, whose language is {other.DocumentElement.GetAttribute("lang")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void TheLanguageSwitcherGoesToTheSamePageInTheOtherLanguage()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages.Where(p => p.Key != "/"))
        {
            var lang = page.DocumentElement.GetAttribute("lang");
            var other = lang == "en" ? "zh-CN" : "en";
            var switcher = page.QuerySelector(".lang-switch a");
            var expected = _built.PathOf(BuiltPages.Alternates(page)[other]);
            if (switcher?.GetAttribute("href") != expected || switcher?.GetAttribute("hreflang") != other)
            {
                wrong.Add($"{path}: switcher {switcher?.GetAttribute("href")} ({switcher?.GetAttribute("hreflang")}), expected {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void SitemapListsEveryIndexablePageWithItsAlternates()
    {
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        var entries = sitemap.Root!.Elements(SitemapNs + "url").ToList();
        var locs = entries.Select(e => e.Element(SitemapNs + "loc")!.Value).ToList();
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());

        var indexable = _built.Pages.Where(p => BuiltPages.IsIndexable(p.Value)).Select(p => _built.Absolute(p.Key)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(indexable, locs.Order(StringComparer.Ordinal).ToList());

        var wrong = new List<string>();
        foreach (var entry in entries)
        {
            var loc = entry.Element(SitemapNs + "loc")!.Value;
            var listed = entry.Elements(XhtmlNs + "link")
                .Where(l => (string?)l.Attribute("rel") == "alternate")
                .ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!, StringComparer.Ordinal);
            var onPage = BuiltPages.Alternates(_built.Pages[_built.PathOf(loc)!]);
            if (!listed.OrderBy(a => a.Key, StringComparer.Ordinal).SequenceEqual(onPage.OrderBy(a => a.Key, StringComparer.Ordinal)))
            {
                wrong.Add($"{loc}: sitemap {string.Join(", ", listed.Select(a => a.Key + "=" + a.Value))} but page {string.Join(", ", onPage.Select(a => a.Key + "=" + a.Value))}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void OnlyTheNotFoundPagesAreKeptOutOfSearchEngines()
    {
        var hidden = _built.Pages.Where(p => !BuiltPages.IsIndexable(p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["/en/404.html", "/zh/404.html"], hidden);
    }

    [Fact]
    public void RobotsTxtAllowsEverythingAndNamesTheSitemap()
    {
        var robots = File.ReadAllText(Path.Combine(site.Output, "robots.txt"));
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /\n", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {_built.BaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void TitlesAndDescriptionsAreInThePageLanguageAndTitlesAreUnique()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages.Where(p => p.Key != "/"))
        {
            var lang = page.DocumentElement.GetAttribute("lang");
            var title = page.Title ?? string.Empty;
            var description = BuiltPages.Meta(page, "meta[name=description]") ?? string.Empty;
            foreach (var (what, text) in new[] { ("title", title), ("description", description) })
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    wrong.Add($"{path}: no {what}");
                }
                else if (lang == "en" && HasChinese(text))
                {
                    wrong.Add($"{path}: English {what} has Chinese: {text}");
                }
                else if (lang == "zh-CN" && !HasChinese(text))
                {
                    wrong.Add($"{path}: Chinese {what} has no Chinese: {text}");
                }
            }
        }

        wrong.AddRange(_built.Pages.GroupBy(p => p.Value.Title, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"the same title on {string.Join(", ", g.Select(p => p.Key))}: {g.Key}"));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryPageHasOpenGraphTagsForItself()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages)
        {
            var lang = page.DocumentElement.GetAttribute("lang");
            var expected = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["og:url"] = _built.Absolute(path),
                ["og:title"] = null,
                ["og:description"] = BuiltPages.Meta(page, "meta[name=description]"),
                ["og:type"] = null,
                ["og:site_name"] = null,
                ["og:locale"] = lang == "en" ? "en_GB" : "zh_CN",
                ["og:locale:alternate"] = lang == "en" ? "zh_CN" : "en_GB",
            };
            foreach (var (property, value) in expected)
            {
                var actual = BuiltPages.Meta(page, $"meta[property='{property}']");
                if (string.IsNullOrWhiteSpace(actual) || (value is not null && actual != value))
                {
                    wrong.Add($"{path}: {property} is '{actual}'{(value is null ? string.Empty : $", expected '{value}'")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void ChineseOnEnglishPagesIsMarkedAsChinese()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages.Where(p => p.Value.DocumentElement.GetAttribute("lang") == "en"))
        {
            var walker = page.Body!.GetDescendants().OfType<IText>();
            foreach (var text in walker.Where(t => HasChinese(t.Data)))
            {
                var lang = text.ParentElement?.Closest("[lang]")?.GetAttribute("lang");
                if (lang != "zh-CN")
                {
                    wrong.Add($"{path}: '{text.Data.Trim()}' is inside lang={lang}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    private static bool HasChinese(string text) => ChineseCharacter().IsMatch(text);

    [GeneratedRegex(@"[\u3400-\u9FFF]")]
    private static partial Regex ChineseCharacter();
}
