using Site.Core.Hosting;
using Site.Core.Model;

namespace Site.Tests.Hosting;

/// <summary>
/// "/" picks a language as Netlify's Language condition does: by the reader's first language only, so
/// previews and browser tests see what production readers see.
/// </summary>
public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("ZH-hans-CN", "zh")]
    [InlineData("zh", "zh")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("en-US,en;q=0.9,zh-CN;q=0.8", "en")]
    [InlineData(" en ;q=0.9 , zh", "en")]
    public void TheFirstLanguageDecides(string header, string expected) =>
        Assert.Equal(expected, LanguageChoice.FromAcceptLanguage(header)?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*")]
    [InlineData("fr-FR,fr;q=0.9")]
    [InlineData("de-DE,de;q=0.9,en;q=0.5")]
    [InlineData("eng")]
    [InlineData("zhx")]
    public void AnyOtherFirstLanguageGetsTheChooser(string? header) =>
        Assert.Null(LanguageChoice.FromAcceptLanguage(header));

    [Fact]
    public void ChoosesOneOfTheSitesLanguages() =>
        Assert.Same(Language.En, LanguageChoice.FromAcceptLanguage("en"));
}
