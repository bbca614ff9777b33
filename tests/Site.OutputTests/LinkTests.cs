using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>Every internal link and asset reference in output/ resolves, fragment included.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class LinkTests(BuiltSite site)
{
    [Fact]
    public void EveryInternalLinkResolves()
    {
        var broken = new List<string>();
        var checkedCount = 0;
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            var urls = page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!);
            foreach (var url in urls)
            {
                if (url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                checkedCount++;
                var absolute = url.StartsWith('#') ? "/" + file.Replace("index.html", string.Empty, StringComparison.Ordinal) + url : url;
                var target = site.FileFor(absolute);
                if (target is null)
                {
                    broken.Add($"{file}: {url}");
                    continue;
                }

                var fragment = absolute.Contains('#', StringComparison.Ordinal) ? absolute.Split('#')[1] : null;
                if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal) && site.Page(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{file}: {url} (no element with id '{fragment}')");
                }
            }
        }

        Assert.True(checkedCount > 1000, $"only {checkedCount} links were checked");
        Assert.Empty(broken);
    }

    [Fact]
    public void AbsoluteLinksPointOnlyAtTheSiteItself()
    {
        var baseUrl = site.Model.Settings.BaseUrl;
        var external = site.HtmlFiles()
            .SelectMany(f => site.Page(f).QuerySelectorAll("link[href], script[src], img[src], iframe[src]")
                .Select(e => (File: f, Url: e.GetAttribute("href") ?? e.GetAttribute("src")!)))
            .Where(x => x.Url.StartsWith("http", StringComparison.Ordinal) && !x.Url.StartsWith(baseUrl, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(external);
    }
}
