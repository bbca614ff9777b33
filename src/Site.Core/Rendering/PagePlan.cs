using System.Collections.Immutable;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// Every page of the site, described once and rendered for each language. Adding a page type means
/// adding one spec here and one layout in theme/layouts.
/// </summary>
public static class PagePlan
{
    /// <summary>The interface strings this plan reads from C#; validation checks both languages have them.</summary>
    public static readonly ImmutableArray<string> UsedStrings =
    [
        "nav.home", "glossary.title", "glossary.description", "about.title", "about.description",
        "search.title", "search.description", "notfound.title", "notfound.description", "theme.description",
        "indicator.cited_start", "indicator.cited_end",
    ];

    public static ImmutableArray<PageSpec> For(SiteModel site, ImmutableArray<Indicator> ordered)
    {
        var pages = ImmutableArray.CreateBuilder<PageSpec>();
        pages.Add(Home(site, ordered));
        foreach (var theme in site.AllThemes)
        {
            pages.Add(ThemePage(site, theme));
        }

        foreach (var indicator in ordered)
        {
            pages.Add(IndicatorPage(site, indicator));
        }

        foreach (var document in site.Documents)
        {
            pages.Add(SourcePage(document));
        }

        pages.Add(new PageSpec("glossary", "glossary", Urls.Glossary, v => T(site, v, "glossary.title"), v => T(site, v, "glossary.description"),
            v => new { Entries = site.Glossary.Entries.Select(v.Glossary).ToList() }));
        pages.Add(new PageSpec("about", "about", Urls.About, v => T(site, v, "about.title"), v => T(site, v, "about.description"),
            v => new { Documents = site.Documents.Select(v.Document).ToList(), IndicatorCount = ordered.Length, FigureCount = ordered.Sum(i => i.Figures.Length + 1) }));
        pages.Add(new PageSpec("search", "search", Urls.Search, v => T(site, v, "search.title"), v => T(site, v, "search.description"),
            v => new { Sections = site.Sections.Select(v.Theme).ToList() }));
        pages.Add(new PageSpec("not-found", "not-found", Urls.NotFound, v => T(site, v, "notfound.title"), v => T(site, v, "notfound.description"),
            v => new { Sections = site.Sections.Select(v.Theme).ToList() })
        {
            Indexable = false,
        });
        return pages.ToImmutable();
    }

    private static PageSpec Home(SiteModel site, ImmutableArray<Indicator> ordered) =>
        new("home", "home", Urls.Home, v => site.Settings.Title[v.Language], v => site.Settings.Description[v.Language],
            v => new
            {
                Headlines = ordered.Where(i => i.IsHeadline).Select(v.Card).ToList(),
                Sections = site.Sections.Select(v.Theme).ToList(),
                Documents = site.Documents.Select(v.Document).ToList(),
                IndicatorCount = ordered.Length,
                FigureCount = ordered.Sum(i => i.Figures.Length + 1),
            })
        {
            JsonLd = (v, url) => new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "WebSite",
                ["name"] = site.Settings.Title[v.Language],
                ["description"] = site.Settings.Description[v.Language],
                ["inLanguage"] = v.Language.HtmlLang,
                ["url"] = url,
                ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Settings.Publisher[v.Language] },
            },
        };

    private static PageSpec ThemePage(SiteModel site, Theme theme)
    {
        var parent = theme.ParentId is null ? null : site.FindTheme(theme.ParentId);
        return new PageSpec("theme", "theme", l => Urls.Theme(l, theme.Id), v => theme.Title[v.Language],
            v => theme.Summary?[v.Language] ?? Format(T(site, v, "theme.description"), theme.Title[v.Language]),
            v => new { Theme = v.Theme(theme), Parent = parent is null ? null : new LinkView(parent.Title[v.Language], Urls.Theme(v.Language, parent.Id)) })
        {
            Breadcrumbs = v => parent is null
                ? [Crumb(site, v)]
                : [Crumb(site, v), new LinkView(parent.Title[v.Language], Urls.Theme(v.Language, parent.Id))],
        };
    }

    private static PageSpec IndicatorPage(SiteModel site, Indicator indicator)
    {
        var theme = site.FindTheme(indicator.ThemeId)!;
        var section = site.FindTheme(theme.ParentId!)!;
        var document = site.FindDocument(indicator.Figure.Source.DocumentId)!;
        return new PageSpec("indicator", "indicator", l => Urls.Indicator(l, indicator.Id),
            v => indicator.Label[v.Language],
            v => v.Figure(indicator.Figure).Text + " · " + indicator.Description[v.Language],
            v => v.Indicator(indicator))
        {
            Breadcrumbs = v =>
            [
                Crumb(site, v),
                new LinkView(section.Title[v.Language], Urls.Theme(v.Language, section.Id)),
                new LinkView(theme.Title[v.Language], Urls.Theme(v.Language, theme.Id)),
            ],
            JsonLd = (v, url) => IndicatorJsonLd(site, v, indicator, document, url),
        };
    }

    private static PageSpec SourcePage(SourceDocument document) =>
        new("source", "source", l => Urls.Source(l, document.Id), v => document.Title[v.Language], v => document.Part[v.Language],
            v => new { Document = v.Document(document), Paragraphs = document.Paragraphs.Select(p => v.Paragraph(document, p)).ToList() })
        {
            JsonLd = (v, url) => new Dictionary<string, object?>(JsonLd.Report(document, v.Language, url)) { ["@context"] = "https://schema.org" },
        };

    private static Dictionary<string, object?> IndicatorJsonLd(SiteModel site, ViewFactory v, Indicator indicator, SourceDocument document, string url)
    {
        var l = v.Language;
        var measured = indicator.AllFigures.Select(f =>
        {
            var unit = site.Units[f.UnitId];
            var property = new Dictionary<string, object?> { ["@type"] = "PropertyValue", ["name"] = f.Label[l] };
            // Claims (全覆盖, 首个) have no number; the description says it all. Numbers are in the
            // English unit's own terms, so 306亿元 is 30600000000 with unitText "yuan", never 306 "yuan".
            if (f.Value is { } value)
            {
                property["value"] = InBaseUnits(value, unit.Scale);
                property["unitText"] = unit.En ?? f.Noun?.Other;
            }

            property["description"] = v.Figure(f).Text;
            return property;
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = indicator.Label[l],
            ["description"] = indicator.Description[l],
            ["url"] = url,
            ["inLanguage"] = l.HtmlLang,
            ["temporalCoverage"] = indicator.Figure.Period,
            ["spatialCoverage"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = l.Code == "zh" ? "上海市长宁区" : "Changning District, Shanghai" },
            ["variableMeasured"] = measured,
            ["isBasedOn"] = JsonLd.Report(document, l, site.Settings.Absolute(Urls.Paragraph(l, document.Id, indicator.Figure.Source.ParagraphId))),
            ["creator"] = JsonLd.Organization(document.Issuer, l),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Settings.Publisher[l] },
            ["license"] = site.Settings.Absolute(Urls.About(l)),
            ["distribution"] = new Dictionary<string, object?>
            {
                ["@type"] = "DataDownload",
                ["encodingFormat"] = "application/json",
                ["contentUrl"] = site.Settings.Absolute(Urls.OpenDataJson),
            },
        };
    }

    private static decimal InBaseUnits(decimal value, int scale)
    {
        for (var i = 0; i < scale; i++)
        {
            value *= 10;
        }

        // Dividing by 1.000… drops trailing zeros: 1.13 × 10^4 is written 11300, not 11300.00.
        return value / 1.0000000000000000000000000000m;
    }

    private static LinkView Crumb(SiteModel site, ViewFactory v) => new(T(site, v, "nav.home"), Urls.Home(v.Language));

    private static string T(SiteModel site, ViewFactory v, string key) =>
        site.Strings.For(v.Language).TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"interface string '{key}' is missing");

    private static string Format(string pattern, string value) => pattern.Replace("{0}", value, StringComparison.Ordinal);
}
