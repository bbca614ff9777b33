using AngleSharp.Html.Parser;
using Site.Core.Rendering;

namespace Site.Tests.Rendering;

/// <summary>
/// Paragraph markup: cited words are marked and framed by hidden words a screen reader announces in the
/// reader's language; figures link to their indicators; every character of the report text is escaped.
/// </summary>
public sealed class ParagraphMarkupTests
{
    private static readonly MarkLabels English = new("Cited words: ", " (end of cited words)", "en");

    [Fact]
    public void FramesEachMarkWithHiddenLabelsInTheReadersLanguage()
    {
        const string text = "实现综合税收306亿元,同比增长18%。";
        var html = ParagraphMarkup.Render(text, [new MarkedRange(2, 11, null, null)], English).Value;
        var body = new HtmlParser().ParseDocument($"<p lang=\"zh-CN\">{html}</p>").Body!;

        var mark = Assert.Single(body.QuerySelectorAll("mark"));
        Assert.Equal("综合税收306亿元", mark.TextContent);
        var labels = body.QuerySelectorAll("span.visually-hidden").ToList();
        Assert.Equal(["Cited words: ", " (end of cited words)"], labels.Select(l => l.TextContent));
        Assert.All(labels, l => Assert.Equal("en", l.GetAttribute("lang")));
        // The labels sit outside the mark, so the mark holds the report's words and nothing else.
        Assert.Same(mark, labels[0].NextElementSibling);
        Assert.Same(labels[1], mark.NextElementSibling);
        // Read aloud in order: the report's words with the labels around the cited part.
        Assert.Equal("实现Cited words: 综合税收306亿元 (end of cited words),同比增长18%。", body.TextContent);
    }

    [Fact]
    public void WithoutLabelsAddsNothingButTheMark()
    {
        var html = ParagraphMarkup.Render("加装电梯302台", [new MarkedRange(4, 8, null, null)]).Value;
        Assert.Equal("加装电梯<mark>302台</mark>", html);
    }

    [Fact]
    public void OverlappingAndTouchingMarksMergeIntoOne()
    {
        var html = ParagraphMarkup.Render("0123456789", [new MarkedRange(5, 8, null, null), new MarkedRange(1, 4, null, null), new MarkedRange(3, 5, null, null)], English).Value;
        var body = new HtmlParser().ParseDocument(html).Body!;
        Assert.Equal(["1234567"], body.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(2, body.QuerySelectorAll("span.visually-hidden").Length);
    }

    [Fact]
    public void LinksKeepTheirRangeAndALaterOverlappingLinkIsDropped()
    {
        var html = ParagraphMarkup.Render("开工401台完工302台", [
            new MarkedRange(2, 6, "/en/indicators/a/", "Started"),
            new MarkedRange(4, 10, "/en/indicators/b/", "Overlaps"),
            new MarkedRange(8, 12, "/en/indicators/c/", "Finished"),
        ], English).Value;
        var links = new HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("a.cited").ToList();
        Assert.Equal(["401台", "302台"], links.Select(a => a.TextContent));
        Assert.Equal(["/en/indicators/a/", "/en/indicators/c/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Started", "Finished"], links.Select(a => a.GetAttribute("title")));
        Assert.DoesNotContain("visually-hidden", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapesTheTextTheLabelsAndTheLinks()
    {
        var html = ParagraphMarkup.Render("<b>&\"x\"</b>", [
            new MarkedRange(0, 3, "/a?b=1&c=\"2\"", "<t>"),
            new MarkedRange(4, 7, null, null),
        ], new MarkLabels("<i>", "&", "en\"x")).Value;
        var body = new HtmlParser().ParseDocument(html).Body!;
        Assert.Empty(body.QuerySelectorAll("b, i"));
        Assert.Equal("<b>&<i>\"x\"&</b>", body.TextContent);
        var link = body.QuerySelector("a.cited")!;
        Assert.Equal("/a?b=1&c=\"2\"", link.GetAttribute("href"));
        Assert.Equal("<t>", link.GetAttribute("title"));
        Assert.Equal("en\"x", body.QuerySelector("span.visually-hidden")!.GetAttribute("lang"));
    }
}
