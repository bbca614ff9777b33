using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// The Nu Html Checker (the pinned vnu-jar, see package.json) finds no error in any page or
/// stylesheet of the built site. One run over the whole folder: Java starts once.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class HtmlValidityTests(ServedSite site)
{
    [Fact]
    public async Task NuHtmlCheckerFindsNoErrorInAnyPageOrStylesheet()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(site.Output);
        Assert.True(errors.Length == 0, errors);
    }
}
