using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>The served site opens in a real browser in both languages.</summary>
[Collection(ServedSiteGroup.Name)]
public sealed class SmokeTests(ServedSite site)
{
    [Theory]
    [InlineData("/zh/", "zh-CN")]
    [InlineData("/en/", "en")]
    public async Task HomePageOpensInItsLanguage(string path, string lang)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }
}
