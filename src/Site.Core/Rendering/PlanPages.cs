using System.Collections.Immutable;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// The plan stage: every page of the site, described once for all languages, in the order pages are
/// rendered, written and listed in the sitemap. Adding a page type means adding a <see cref="PageKind"/>,
/// a spec here, a view for its layout, and the layout in theme/layouts.
/// </summary>
public static class PlanPages
{
    /// <summary>The first page of each kind, in plan order: enough to run every template once.</summary>
    public static ImmutableArray<PageSpec> OnePerKind(ImmutableArray<PageSpec> plan) => [.. plan.DistinctBy(spec => spec.Kind)];

    public static ImmutableArray<PageSpec> Run(SiteModel site)
    {
        var pages = ImmutableArray.CreateBuilder<PageSpec>();
        pages.Add(Home(site));
        pages.AddRange(site.AllThemes.Select(ThemePage));
        pages.AddRange(site.Indicators.Select(i => IndicatorPage(site, i)));
        pages.Add(SourcesPage(site));
        pages.AddRange(site.Sources.Select(SourcePage));
        pages.Add(new PageSpec(PageKind.Glossary, Urls.Glossary, v => new PageContent(
            v.Text(EngineStrings.GlossaryTitle), v.Text(EngineStrings.GlossaryDescription), new GlossaryPageView([.. site.Glossary.Entries.Select(v.Glossary)]))));
        pages.Add(new PageSpec(PageKind.About, Urls.About, v => new PageContent(
            v.Text(EngineStrings.AboutTitle), v.Text(EngineStrings.AboutDescription), new AboutView([.. site.Documents.Select(v.Document)], site.Indicators.Length, site.FigureCount))));
        pages.Add(DataPage(site));
        pages.Add(new PageSpec(PageKind.Search, Urls.Search, v => new PageContent(
            v.Text(EngineStrings.SearchTitle), v.Text(EngineStrings.SearchDescription), new SectionsView([.. site.Sections.Select(v.Section)]))));
        pages.Add(new PageSpec(PageKind.NotFound, Urls.NotFound, v => new PageContent(
            v.Text(EngineStrings.NotFoundTitle), v.Text(EngineStrings.NotFoundDescription), new SectionsView([.. site.Sections.Select(v.Section)]))));
        return pages.ToImmutable();
    }

    /// <summary>The root language chooser: not in a language folder, so not in the plan, but rendered like its pages.</summary>
    public static PageSpec Root(SiteModel site) =>
        new(PageKind.Root, _ => Urls.Root, v => new PageContent(
            site.Settings.Title[v.Language],
            site.Settings.Description[v.Language],
            new RootView([.. Language.All.Select(l => new LanguageChoiceView(l.Code, l.HtmlLang, l.NativeName, Urls.Home(l), site.Settings.Title[l], site.Settings.Description[l], site.Settings.Notice?[l]))])));

    private static PageSpec Home(SiteModel site) =>
        new(PageKind.Home, Urls.Home, v => new PageContent(
            site.Settings.Title[v.Language],
            site.Settings.Description[v.Language],
            new HomeView(
                [.. site.Indicators.Where(i => i.IsFeatured).Select(v.Card)],
                [.. site.Sections.Select(v.Section)],
                [.. site.Documents.Select(v.Document)],
                site.Indicators.Length,
                site.FigureCount))
        {
            JsonLd = JsonLd.WebSite(site.Settings, v.Language, site.Settings.Absolute(Urls.Home(v.Language))),
        });

    // The data dictionary: every download and what each of its columns and fields means.
    private static PageSpec DataPage(SiteModel site) =>
        new(PageKind.Data, Urls.Data, v =>
        {
            var example = site.Indicators.FirstOrDefault(i => i.IsFeatured) ?? site.Indicators.FirstOrDefault();
            return new PageContent(
                v.Text(EngineStrings.DataTitle),
                v.Text(EngineStrings.DataDescription),
                new DataPageView(
                    Urls.OpenDataJson,
                    Urls.OpenDataCsv,
                    Urls.OpenDataSchema,
                    Urls.IndicatorSchema,
                    Urls.Feed(v.Language),
                    example is null ? new LinkView(string.Empty, string.Empty) : v.Link(example),
                    example is null ? string.Empty : Urls.IndicatorData(example.Id, "json"),
                    example is null ? string.Empty : Urls.IndicatorData(example.Id, "csv"),
                    [.. site.Codebook.Columns.Select(c => new CodebookRowView(c.Name, c.Meaning[v.Language]))],
                    [.. site.Codebook.Fields.Select(f => new CodebookRowView(f.Name, f.Meaning[v.Language]))]))
            {
                Breadcrumbs = [Home(v)],
            };
        });

    private static PageSpec ThemePage(ThemeContents contents) =>
        new(PageKind.Theme, l => Urls.Theme(l, contents.Theme.Id), v =>
        {
            var theme = contents.Theme;
            var parent = contents.Parent is { } section ? v.ThemeLink(section) : null;
            return new PageContent(
                theme.Title[v.Language],
                theme.Summary?[v.Language] ?? v.Text(EngineStrings.ThemeDescription).Replace("{0}", theme.Title[v.Language], StringComparison.Ordinal),
                new ThemePageView(v.Theme(contents), parent))
            {
                Breadcrumbs = parent is null ? [Home(v)] : [Home(v), parent],
            };
        });

    /// <summary>The pages of <paramref name="indicators"/> alone, as the plan has them (serve writes an edited indicator's first).</summary>
    public static ImmutableArray<PageSpec> IndicatorPages(SiteModel site, IEnumerable<Indicator> indicators) => [.. indicators.Select(i => IndicatorPage(site, i))];

    private static PageSpec IndicatorPage(SiteModel site, Indicator indicator) =>
        new(PageKind.Indicator, l => Urls.Indicator(l, indicator.Id), v =>
        {
            var view = v.Indicator(indicator);
            return new PageContent(indicator.Label[v.Language], view.Figure.Text + " · " + view.Description, view)
            {
                Breadcrumbs = [Home(v), view.Section, view.Theme],
                JsonLd = JsonLd.Dataset(site.Settings, v, indicator, site.Settings.Absolute(Urls.Indicator(v.Language, indicator.Id))),
            };
        });

    // Every source document, newest first: the reports a reader can read paragraph by paragraph.
    private static PageSpec SourcesPage(SiteModel site) =>
        new(PageKind.Sources, Urls.Sources, v => new PageContent(
            v.Text(EngineStrings.SourcesTitle),
            v.Text(EngineStrings.SourcesDescription),
            new SourcesPageView([.. site.Sources.Select(s => new SourceSummaryView(
                v.Document(s.Document), s.Paragraphs.Length, s.Paragraphs.SelectMany(p => p.Indicators).DistinctBy(i => i.Order).Count()))]))
        {
            Breadcrumbs = [Home(v)],
            JsonLd = JsonLd.Collection(
                v.Text(EngineStrings.SourcesTitle),
                site.Settings.Absolute(Urls.Sources(v.Language)),
                [.. site.Documents.Select(d => JsonLd.Report(d, v.Language, site.Settings.Absolute(Urls.Source(v.Language, d.Id))))]),
        });

    private static PageSpec SourcePage(CitedDocument source) =>
        new(PageKind.Source, l => Urls.Source(l, source.Document.Id), v => new PageContent(
            source.Document.Title[v.Language],
            source.Document.Part[v.Language],
            new SourcePageView(v.Document(source.Document), [.. source.Paragraphs.Select(v.Paragraph)], v.Cite(source.Document)))
        {
            Breadcrumbs = [Home(v), new LinkView(v.Text(EngineStrings.SourcesTitle), Urls.Sources(v.Language))],
            JsonLd = JsonLd.Page(JsonLd.Report(source.Document, v.Language, v.Site.Settings.Absolute(Urls.Source(v.Language, source.Document.Id)))),
        });

    private static LinkView Home(ViewFactory v) => new(v.Text(EngineStrings.NavHome), Urls.Home(v.Language));
}
