using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>The report excerpt is complete, in order, and free of the republishing website's boilerplate.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class SourceDocumentTests(BuiltSite site)
{
    // Fragments of the disclaimer, page address, comment box and captcha after the report's last line.
    private static readonly string[] Boilerplate = ["本文仅代表作者观点", "不代表本站立场", "九游会", "博县网", "/baogao/", "留言与评论", "验证码", "网站地图"];

    [Fact]
    public void TheExcerptHasItsTwelveParagraphsInOrder()
    {
        var document = Assert.Single(site.Model.Documents);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"p{i}"), document.Paragraphs.Select(p => p.Id));
        Assert.StartsWith("(三)坚定不移抓创新,发展动力势能积蓄壮大。", document.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("(四)", document.Paragraphs[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("(五)", document.Paragraphs[8].Text, StringComparison.Ordinal);
        Assert.StartsWith("不断增强城区安全韧性。", document.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.All(document.Paragraphs, p => Assert.Equal(p.Text.Trim(), p.Text));
    }

    [Fact]
    public void NoBoilerplateReachesAnyFile()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => !f.Contains("pagefind", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var fragment in Boilerplate)
            {
                Assert.False(text.Contains(fragment, StringComparison.Ordinal), $"{Path.GetRelativePath(site.Output, file)} contains '{fragment}'");
            }
        }
    }

    [Fact]
    public void GlossaryNamesAreUsedInTheEnglishRenderingOfEveryParagraphThatHasTheTerm()
    {
        var missing = new List<string>();
        foreach (var paragraph in site.Model.Documents.SelectMany(d => d.Paragraphs))
        {
            foreach (var entry in site.Model.Glossary.Entries.Where(e => paragraph.Text.Contains(e.Term, StringComparison.Ordinal)))
            {
                if (!paragraph.Translation.Contains(entry.En, StringComparison.OrdinalIgnoreCase))
                {
                    missing.Add($"{paragraph.Id}: {entry.Term} should read '{entry.En}'");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryParagraphHasAnEnglishRendering()
    {
        foreach (var lang in new[] { "en" })
        {
            var page = site.Page($"{lang}/sources/{site.Model.Documents[0].Id}/index.html");
            foreach (var paragraph in site.Model.Documents[0].Paragraphs)
            {
                var section = page.GetElementById(paragraph.Id)!;
                Assert.Equal(paragraph.Translation, section.QuerySelector(".parallel-en p")!.TextContent);
                Assert.Equal("zh-CN", section.QuerySelector(".parallel-zh p")!.GetAttribute("lang"));
            }
        }
    }
}
