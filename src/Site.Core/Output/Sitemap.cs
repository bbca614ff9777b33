using System.Collections.Immutable;
using System.Net;
using System.Text;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// sitemap.xml with xhtml:link alternates for both languages on every page and on the root language
/// chooser, and robots.txt pointing at it. The 404 pages are left out: they are not pages anyone
/// should land on from a search engine.
/// </summary>
public static class Sitemap
{
    public static ImmutableArray<OutputFile> Run(SiteModel site, ImmutableArray<PageSpec> plan)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");

        // The root language chooser is the x-default of the home pages, so it belongs to their cluster.
        xml.Append("  <url>\n    <loc>").Append(Escape(site.Settings.Absolute(Urls.Root))).Append("</loc>\n");
        foreach (var alternate in Language.All)
        {
            xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.Hreflang)
                .Append("\" href=\"").Append(Escape(site.Settings.Absolute(Urls.Home(alternate)))).Append("\"/>\n");
        }

        xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(Escape(site.Settings.Absolute(Urls.Root))).Append("\"/>\n");
        xml.Append("  </url>\n");
        foreach (var spec in plan.Where(p => p.Kind.Indexable))
        {
            foreach (var language in Language.All)
            {
                xml.Append("  <url>\n    <loc>").Append(Escape(site.Settings.Absolute(spec.Url(language)))).Append("</loc>\n");
                foreach (var alternate in Language.All)
                {
                    xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.Hreflang)
                        .Append("\" href=\"").Append(Escape(site.Settings.Absolute(spec.Url(alternate)))).Append("\"/>\n");
                }

                xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(Escape(site.Settings.Absolute(spec.DefaultUrl))).Append("\"/>\n");
                xml.Append("  </url>\n");
            }
        }

        xml.Append("</urlset>\n");
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.Settings.Absolute("/sitemap.xml")}\n";
        return
        [
            new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(xml.ToString())),
            new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots)),
        ];
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
