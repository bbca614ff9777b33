using Site.Core.Hosting;

namespace Site.Tests.Hosting;

/// <summary>
/// The reader's language as Netlify's Language condition sees it: the first language only, so previews
/// and browser tests see what production readers see.
/// </summary>
public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("ZH-hans-CN", "ZH")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("en-US,en;q=0.9,zh-CN;q=0.8", "en")]
    [InlineData(" en ;q=0.9 , zh", "en")]
    [InlineData("de-DE,de;q=0.9,en;q=0.5", "de")]
    [InlineData("fr-FR,fr;q=0.9", "fr")]
    public void TheFirstLanguageDecides(string header, string expected) =>
        Assert.Equal(expected, LanguageChoice.FirstLanguage(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*")]
    [InlineData("*, en")]
    public void NoNamedFirstLanguageIsNone(string? header) =>
        Assert.Null(LanguageChoice.FirstLanguage(header));
}
