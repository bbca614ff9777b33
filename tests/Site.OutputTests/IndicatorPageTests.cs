using Site.Core.Model;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>Every indicator page of the real site, in both languages.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class IndicatorPageTests(BuiltSite site)
{
    public static TheoryData<string> Languages => ["zh", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryIndicatorPageShowsItsFigureAndCitesItsParagraph(string lang)
    {
        var language = lang == "zh" ? Language.Zh : Language.En;
        var indicators = site.OpenData.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.NotEmpty(indicators);
        foreach (var indicator in indicators)
        {
            var id = indicator.GetProperty("id").GetString()!;
            var page = site.Page($"{lang}/indicators/{id}/index.html");
            var label = indicator.GetProperty("label").GetProperty(lang).GetString()!;
            Assert.Equal(language.HtmlLang, page.DocumentElement.GetAttribute("lang"));
            Assert.StartsWith(label, page.Title, StringComparison.Ordinal);
            Assert.Equal(label, page.QuerySelector("h1")!.TextContent.Trim());

            var figure = Normalise(page.QuerySelector(".figure")!.TextContent);
            Assert.Equal(indicator.GetProperty("text").GetProperty(lang).GetString(), figure);

            var quote = indicator.GetProperty("source").GetProperty("quote").GetString()!;
            var marks = page.QuerySelectorAll("blockquote.source-paragraph mark").Select(m => m.TextContent);
            Assert.True(marks.Any(m => m.Contains(quote, StringComparison.Ordinal)), $"{lang}/{id}: the quote '{quote}' is not highlighted");

            var href = page.QuerySelector("a.paragraph-link")!.GetAttribute("href")!;
            var paragraph = indicator.GetProperty("source").GetProperty("paragraph").GetString()!;
            Assert.EndsWith("#" + paragraph, href, StringComparison.Ordinal);
            var target = site.FileFor(href);
            Assert.NotNull(target);
            Assert.NotNull(site.Page(target).GetElementById(paragraph));
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
