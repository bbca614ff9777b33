using System.Collections.Immutable;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>The render stage: every page of the plan in both languages, plus the root language chooser.</summary>
public static class RenderPages
{
    public static ImmutableArray<OutputFile> Run(SiteModel site, TemplateSet templates, Assets assets, DiagnosticBag diagnostics)
    {
        var ordered = ReportOrder.Sort(site);
        var renderer = new PageRenderer(templates, site.Strings);
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var plan = PagePlan.For(site, ordered);
        var jobs = Language.All.SelectMany(language =>
        {
            var views = new ViewFactory(site, language, ordered);
            var siteView = SiteView(site, assets, language);
            return plan.Select(spec => (Spec: spec, Views: views, SiteView: siteView));
        }).ToList();

        // Pages are independent: render them in parallel, into slots that keep the plan's order, so the
        // output is the same whatever the scheduling.
        var rendered = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var (spec, views, siteView) = jobs[i];
            var page = Page(site, spec, views);
            var html = renderer.Render(spec.Layout, page, siteView, spec.Model(views), views.Language);
            rendered[i] = html is null ? null : new OutputFile(Urls.FileFor(page.Url), Encoding.UTF8.GetBytes(html));
        });
        files.AddRange(rendered.OfType<OutputFile>());

        files.Add(RenderRoot(site, renderer, assets));
        renderer.ReportFailures(diagnostics);
        return files.ToImmutable();
    }

    /// <summary>The base layout's view of a page in one language.</summary>
    public static PageView Page(SiteModel site, PageSpec spec, ViewFactory views)
    {
        var language = views.Language;
        var url = spec.Url(language);
        var title = spec.Title(views);
        var siteTitle = site.Settings.Title[language];
        var canonical = site.Settings.Absolute(url);
        return new PageView(
            spec.Kind,
            LanguageView.Of(language),
            title,
            spec.Kind == "home" ? title : $"{title} · {siteTitle}",
            spec.Description(views),
            url,
            canonical,
            spec.Url(language.Other),
            [.. Language.All.Select(l => new AlternateView(l.Hreflang, site.Settings.Absolute(spec.Url(l))))],
            site.Settings.Absolute(spec.Kind == "home" ? Urls.Root : spec.Url(Language.Zh)),
            spec.Breadcrumbs(views),
            [.. site.Sections.Select(s => new LinkView(s.Title[language], Urls.Theme(language, s.Id)))],
            JsonLd.Script(spec.JsonLd(views, canonical)),
            spec.Kind == "indicator" ? "article" : "website",
            spec.Indexable);
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
        site.Documents.Length > 0 ? Urls.Source(language, site.Documents[0].Id) : Urls.Home(language),
        Urls.OpenDataJson,
        Urls.OpenDataCsv,
        assets.Url("site.css"),
        assets.Urls.TryGetValue("search.js", out var search) ? search : string.Empty);

    // The root page chooses a language; the host redirects by Accept-Language before it is ever shown.
    private static OutputFile RenderRoot(SiteModel site, PageRenderer renderer, Assets assets)
    {
        var spec = new PageSpec("root", "root", _ => Urls.Root, v => site.Settings.Title[v.Language], v => site.Settings.Description[v.Language], _ => new { });
        var views = new ViewFactory(site, Language.Zh, []);
        var page = Page(site, spec, views) with
        {
            Alternates = [.. Language.All.Select(l => new AlternateView(l.Hreflang, site.Settings.Absolute(Urls.Home(l))))],
            DefaultUrl = site.Settings.Absolute(Urls.Root),
        };
        var model = new
        {
            Choices = Language.All.Select(l => new { l.Code, l.HtmlLang, l.NativeName, Url = Urls.Home(l), Title = site.Settings.Title[l], Description = site.Settings.Description[l] }).ToList(),
        };
        var html = renderer.Render("root", page, SiteView(site, assets, Language.Zh), model, Language.Zh, wrap: false);
        return new OutputFile("index.html", Encoding.UTF8.GetBytes(html ?? string.Empty));
    }
}
