using System.Collections.Immutable;
using Site.BrowserTests.Support;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Resolving;
using Site.Core.Search;
using Site.Core.Validation;

namespace Site.BrowserTests;

/// <summary>
/// What the search stage hands to Pagefind, checked without a browser: one document per indicator,
/// paragraph and glossary entry in each language, synonyms taken from a document's own words, the
/// one-character words of Chinese names, and the synonyms file's diagnostics.
/// </summary>
public sealed class SearchDocumentsTests
{
    private static readonly Lazy<(SiteModel Site, ImmutableArray<SearchDocument> Documents)> Real = new(() =>
    {
        var files = new SiteFiles(RepositoryRoot.Path);
        var diagnostics = new DiagnosticBag();
        var input = LoadSite.Run(files, null, diagnostics)!;
        var site = ResolveSite.Run(input, Validate.Run(input, diagnostics));
        return (site, BuildSearchDocuments.Run(site, LoadSynonyms.Run(files, diagnostics)));
    });

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void EveryIndicatorParagraphAndGlossaryEntryIsOneDocumentPerLanguage(string lang)
    {
        var (site, documents) = Real.Value;
        var mine = documents.Where(d => d.Language.Code == lang).ToList();
        Assert.Equal(site.Indicators.Length, mine.Count(d => d.Kind == "indicator"));
        Assert.Equal(site.Documents.Sum(d => d.Paragraphs.Length), mine.Count(d => d.Kind == "paragraph"));
        Assert.Equal(site.Glossary.Entries.Length, mine.Count(d => d.Kind == "glossary"));
        Assert.Equal(mine.Count, mine.Select(d => d.Url).Distinct(StringComparer.Ordinal).Count());
        Assert.All(mine, d => Assert.StartsWith($"/{lang}/", d.Url, StringComparison.Ordinal));
        Assert.All(mine, d => Assert.Contains($"<html lang=\"{(lang == "zh" ? "zh-CN" : "en")}\">", d.Html, StringComparison.Ordinal));
    }

    [Fact]
    public void SynonymsComeFromADocumentsOwnWordsNotFromItsSentence()
    {
        var documents = Real.Value.Documents.Where(d => d.Language.Code == "en").ToDictionary(d => d.Url);
        var lifts = documents["/en/indicators/elevator-retrofits/"].Html;
        Assert.Contains("lift", lifts, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("elevator", lifts, StringComparison.OrdinalIgnoreCase);

        // The renovation shares its sentence with the lifts; "elevator" must not become one of its words.
        var estates = documents["/en/indicators/quality-estate-renovation/"].Html;
        Assert.DoesNotContain("elevator", estates, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ChineseDocumentsCarryTheCharactersOfTheirNamesAsOneCharacterWords()
    {
        var hub = Real.Value.Documents.Single(d => d.Url == "/zh/glossary/#data-hub").Html;
        Assert.Contains($"{SearchDocumentHtml.FindOnlyMark} 数 据 中 台", hub, StringComparison.Ordinal);
        var english = Real.Value.Documents.Single(d => d.Url == "/en/glossary/#data-hub").Html;
        Assert.DoesNotContain("数 据", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We upgraded 217 electric-bicycle charging sites.", "e-bike")]
    [InlineData("Electric bicycle charging sites.", "e-bikes")]
    [InlineData("E-Bike charging.", "electric bicycle")]
    public void EnglishSynonymsMatchWholeWordsIgnoringCaseWithHyphensAsSpaces(string text, string added)
    {
        var synonyms = new Synonyms([], [["e-bike", "e-bikes", "electric bicycle"]]);
        Assert.Contains(added, synonyms.Expand(text, Language.En));
    }

    [Fact]
    public void APartOfAWordIsNoSynonym()
    {
        var synonyms = new Synonyms([["电梯", "升降机"]], [["lift", "elevator"]]);
        Assert.Empty(synonyms.Expand("An uplifting liftoff.", Language.En));
        Assert.Equal(["升降机"], synonyms.Expand("加装电梯完工302台", Language.Zh).ToArray());
    }

    [Theory]
    [InlineData("en:\n  - [lift]\n", DiagnosticCodes.WrongType, 2)]
    [InlineData("en:\n  - lift\n", DiagnosticCodes.WrongType, 2)]
    [InlineData("fr:\n  - [ascenseur, élévateur]\n", DiagnosticCodes.UnknownField, 1)]
    [InlineData("en: [[lift, elevator]\n", DiagnosticCodes.YamlSyntax, 2)]
    public void AMalformedSynonymsFileIsReportedWhereItIsWrong(string yaml, string code, int line)
    {
        var root = Directory.CreateTempSubdirectory("site-synonyms-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "data"));
            File.WriteAllText(Path.Combine(root.FullName, "data", "search-synonyms.yaml"), yaml);
            var diagnostics = new DiagnosticBag();
            LoadSynonyms.Run(new SiteFiles(root.FullName), diagnostics);
            var diagnostic = Assert.Single(diagnostics.ToSortedList());
            Assert.Equal(code, diagnostic.Code);
            Assert.Equal(LoadSynonyms.Path, diagnostic.Span.Path);
            Assert.Equal(line, diagnostic.Span.Line);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void WithoutASynonymsFileThereAreNoSynonyms()
    {
        var root = Directory.CreateTempSubdirectory("site-synonyms-");
        try
        {
            var diagnostics = new DiagnosticBag();
            Assert.Same(Synonyms.None, LoadSynonyms.Run(new SiteFiles(root.FullName), diagnostics));
            Assert.False(diagnostics.HasErrors);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
