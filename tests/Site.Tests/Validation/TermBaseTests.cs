using Site.Core.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Validation;

/// <summary>
/// The glossary works as a term base: wherever a Chinese text has a glossary term, its English uses the
/// entry's English name or a listed variant (SITE036, at the English text). The test site's glossary
/// has 数字经济 → "digital economy"; <see cref="TestSite.TaxIndicator"/>'s description names it.
/// </summary>
public sealed class TermBaseTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> Errors() => [.. _site.Build(write: false).Diagnostics.Where(d => d.Severity == Severity.Error)];

    [Fact]
    public void TheTestSiteUsesItsTermsAndPasses()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        Assert.Empty(Errors());
    }

    [Fact]
    public void AnEnglishDescriptionThatLeavesTheNameOutIsAnErrorAtTheEnglish()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("Tax paid by digital-economy enterprises.", "Tax paid by these enterprises.", StringComparison.Ordinal));
        var error = Assert.Single(Errors());
        Assert.Equal("input/tax.yaml:4:38: error SITE036: the Chinese has the glossary term '数字经济', but the English description does not name it 'digital economy'", error.FirstLine);
        Assert.Contains("entry 'digital-economy'", error.Hint!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AVaryingNameIsAnErrorUntilTheGlossaryListsItAsAVariant()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("Tax paid by digital-economy enterprises.", "Tax paid by enterprises of the digital sector.", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.TermNotTranslated, Assert.Single(Errors()).Code);

        _site.Write("data/glossary.yaml", """
            - id: digital-economy
              term: 数字经济
              en: digital economy
              variants: [digital sector]
              en_status: site
              explanation: { zh: 数字经济说明, en: The digital economy explained }
            """);
        Assert.Empty(Errors());
    }

    [Fact]
    public void AParagraphTranslationWithoutTheNameIsReportedInTheSourceFile()
    {
        var report = File.ReadAllText(Path.Combine(_site.Root, "data/sources/report.yaml"))
            .Replace("The economy paragraph in English, on the digital economy.", "The economy paragraph in English.", StringComparison.Ordinal);
        _site.Write("data/sources/report.yaml", report);
        var error = Assert.Single(Errors());
        Assert.StartsWith("data/sources/report.yaml:", error.FirstLine, StringComparison.Ordinal);
        Assert.Contains("error SITE036: the Chinese has the glossary term '数字经济', but the English translation of paragraph 'p1' does not name it", error.FirstLine, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseAPluralAndTypographicQuotesStillName()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("Tax paid by digital-economy enterprises.", "Digital Economy’s enterprises paid tax.", StringComparison.Ordinal));
        Assert.Empty(Errors());
    }

    [Fact]
    public void ANameInsideAnotherWordDoesNotCount()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("Tax paid by digital-economy enterprises.", "Tax paid by nondigital economy enterprises.", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.TermNotTranslated, Assert.Single(Errors()).Code);
    }

    [Fact]
    public void TheMessageIsInChineseToo()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("Tax paid by digital-economy enterprises.", "Tax paid by these enterprises.", StringComparison.Ordinal));
        var error = Assert.Single(Errors());
        Assert.Equal("中文里有术语“数字经济”，但英文说明中没有用术语表的英文名“digital economy”", error.Message.Zh);
        Assert.StartsWith("请写作“digital economy”，即data/glossary.yaml中条目“digital-economy”的英文名", error.Hint!.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en_status: own", "data/glossary.yaml:4:14: error SITE014: en_status 'own' must be 'official' or 'site'")]
    [InlineData("en_status: official", "data/glossary.yaml:1:3: error SITE003: missing field 'en_source' in glossary entry")]
    [InlineData("en_status: site\n  en_source: { zh: 某处, en: Somewhere }", "data/glossary.yaml:5:3: error SITE014: 'en_source' is only for an official English name (en_status: official)")]
    public void EveryEntrySaysWhetherItsEnglishIsOfficial(string status, string expected)
    {
        _site.Write("data/glossary.yaml", $$"""
            - id: digital-economy
              term: 数字经济
              en: digital economy
              {{status}}
              explanation: { zh: 数字经济说明, en: The digital economy explained }
            """);
        Assert.Equal(expected, Errors()[0].FirstLine);
    }

    [Fact]
    public void AnOfficialNameAndItsSourceAreShownInTheGlossary()
    {
        _site.Write("data/glossary.yaml", """
            - id: digital-economy
              term: 数字经济
              en: digital economy
              en_status: official
              en_source: { zh: 某机关的英文网站, en: A body's English website }
              explanation: { zh: 数字经济说明, en: The digital economy explained }
            """);
        _site.BuildOk();
        var en = _site.Html("en/glossary/index.html").QuerySelector("#digital-economy .glossary-source")!.TextContent;
        var zh = _site.Html("zh/glossary/index.html").QuerySelector("#digital-economy .glossary-source")!.TextContent;
        Assert.EndsWith("A body's English website", en, StringComparison.Ordinal);
        Assert.EndsWith("某机关的英文网站", zh, StringComparison.Ordinal);
    }
}
