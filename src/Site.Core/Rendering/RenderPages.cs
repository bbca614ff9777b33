using System.Collections.Immutable;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// The render stage: every page of the plan in both languages, plus the root language chooser, each
/// handed to the writer as soon as it is rendered, so no page is held after it is written.
/// </summary>
public static class RenderPages
{
    /// <summary>
    /// Renders the pages of <paramref name="plan"/> (and the root page); returns how many were rendered.
    /// A cancelled render (serve, when a newer edit arrives) stops between pages and throws.
    /// </summary>
    public static int Run(SiteModel site, ImmutableArray<PageSpec> plan, TemplateSet templates, Assets assets, DiagnosticBag diagnostics, Action<OutputFile> write, CancellationToken cancel = default)
    {
        using var renderer = new PageRenderer(templates, site.Strings);
        return Run(site, plan, renderer, assets, diagnostics, write, cancel);
    }

    /// <summary>
    /// Renders with a renderer the caller keeps: `serve` renders a few pages after each edit, and a new
    /// renderer would build its contexts' caches again each time.
    /// </summary>
    public static int Run(SiteModel site, ImmutableArray<PageSpec> plan, PageRenderer renderer, Assets assets, DiagnosticBag diagnostics, Action<OutputFile> write, CancellationToken cancel = default)
    {
        var jobs = Language.All.SelectMany(language =>
        {
            var views = new ViewFactory(site, language);
            var siteView = SiteView(site, assets, language);
            return plan.Select(spec => (Spec: spec, Views: views, SiteView: siteView));
        }).ToList();

        // Pages are independent: render them in parallel. Each page's bytes depend on its view alone, so
        // the output is the same whatever the scheduling.
        var rendered = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var (spec, views, siteView) = jobs[i];
            var content = spec.Content(views);
            var page = Page(site, spec, content, views.Language);
            var html = renderer.Render(spec.Kind, page, siteView, content.Model, views.Language);
            if (html is not null)
            {
                write(new OutputFile(Urls.FileFor(page.Url), Encoding.UTF8.GetBytes(html)));
                Interlocked.Increment(ref rendered);
            }
        });

        write(RenderRoot(site, renderer, assets));
        renderer.ReportFailures(diagnostics);
        return rendered + 1;
    }

    /// <summary>The base layout's view of a page in one language.</summary>
    public static PageView Page(SiteModel site, PageSpec spec, PageContent content, Language language)
    {
        var url = spec.Url(language);
        var canonical = site.Settings.Absolute(url);
        return new PageView(
            spec.Kind.Name,
            LanguageView.Of(language),
            content.Title,
            spec.Kind == PageKind.Home ? content.Title : $"{content.Title} · {site.Settings.Title[language]}",
            content.Description,
            url,
            canonical,
            spec.Url(language.Other),
            [.. Language.All.Select(l => new AlternateView(l.Hreflang, site.Settings.Absolute(spec.Url(l))))],
            site.Settings.Absolute(spec.DefaultUrl),
            content.Breadcrumbs,
            [.. site.Sections.Select(s => new LinkView(s.Theme.Title[language], Urls.Theme(language, s.Theme.Id)))],
            JsonLd.Script(content.JsonLd),
            spec.Kind.OgType,
            spec.Kind.Indexable);
    }

    private static SiteView SiteView(SiteModel site, Assets assets, Language language) => new(
        site.Settings.Title[language],
        site.Settings.ShortTitle[language],
        site.Settings.Description[language],
        site.Settings.Publisher[language],
        site.Settings.Licence[language],
        site.Settings.BaseUrl,
        site.Settings.Repository,
        Urls.Home(language),
        Urls.Search(language),
        Urls.Glossary(language),
        Urls.About(language),
        Urls.Sources(language),
        site.Settings.Notice?[language],
        Urls.OpenDataJson,
        Urls.OpenDataCsv,
        Urls.Data(language),
        Urls.Feed(language),
        assets.Url("site.css"),
        assets.Urls.TryGetValue("search.js", out var search) ? search : string.Empty);

    // The root page chooses a language; the host redirects by Accept-Language before it is ever shown.
    // It is in the source language, and its alternates are the language homes.
    private static OutputFile RenderRoot(SiteModel site, PageRenderer renderer, Assets assets)
    {
        var spec = PlanPages.Root(site);
        var language = Language.Source;
        var content = spec.Content(new ViewFactory(site, language));
        var page = Page(site, spec, content, language) with
        {
            Alternates = [.. Language.All.Select(l => new AlternateView(l.Hreflang, site.Settings.Absolute(Urls.Home(l))))],
        };
        var html = renderer.Render(spec.Kind, page, SiteView(site, assets, language), content.Model, language, wrap: false);
        return new OutputFile("index.html", Encoding.UTF8.GetBytes(html ?? string.Empty));
    }
}
