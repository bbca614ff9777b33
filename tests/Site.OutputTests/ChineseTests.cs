using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Core.Validation;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>
/// Chinese pages read as a Chinese government editor would write them: every mark in text the site
/// writes itself is full-width, wherever it comes from (a data file, an interface string, a template
/// or the engine's own wording), and Chinese does not take spaces before digits or Latin letters.
/// The report's words (class report-text) are exempt: they are shown exactly as published; so is a
/// citation in GB/T 7714 (class cite-text), whose separators the standard fixes.
/// </summary>
[Collection(BuiltSiteGroup.Name)]
public sealed partial class ChineseTests(BuiltSite site)
{
    private static readonly string[] Attributes = ["aria-label", "title", "alt"];

    [Fact]
    public void ChinesePagesUseFullWidthMarksOutsideTheReportsWords()
    {
        var found = new List<string>();
        foreach (var file in ChinesePages())
        {
            foreach (var text in TextsOf(site.Page(file)))
            {
                var rest = Tight(text);
                while (ChinesePunctuation.FindHalfWidth(rest) is var (index, mark, wanted))
                {
                    found.Add($"{file}: '{mark}' (want '{wanted}') in '{Around(rest, index)}'");
                    rest = rest[(index + 1)..];
                }
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found.Distinct()));
    }

    [Fact]
    public void ChinesePagesPutNoSpaceBetweenChineseAndDigitsOrLatin()
    {
        var found = new List<string>();
        foreach (var file in ChinesePages())
        {
            foreach (var text in TextsOf(site.Page(file)))
            {
                foreach (Match match in SpaceBesideChinese().Matches(text))
                {
                    found.Add($"{file}: '{Around(text, match.Index + 1)}'");
                }
            }
        }

        Assert.Empty(found.Distinct());
    }

    [Fact]
    public void ChinesePagesWriteAPeriodWithItsYearCharacter()
    {
        var periods = ChinesePages()
            .SelectMany(f => site.Page(f).QuerySelectorAll(".card-period, th time, dl.figure-meta > div"))
            .Where(e => !e.Matches("div") || e.QuerySelector("dt")?.TextContent == "统计期")
            .Select(e => (e.Matches("div") ? e.QuerySelector("dd")! : e).TextContent.Trim())
            .ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.Matches("^[0-9]{4}年$", p));
    }

    [Fact]
    public void TheCheckItselfFindsAHalfWidthMarkAfterATemplateExpression()
    {
        // What the site once wrote: "（2024）, 第3段" and "(上海市长宁区人民政府, 2024年1月16日)".
        Assert.NotNull(ChinesePunctuation.FindHalfWidth(Tight("长宁区政府工作报告（2024）\n, 第3段")));
        Assert.NotNull(ChinesePunctuation.FindHalfWidth(Tight(" (上海市长宁区人民政府, 2024年1月16日)")));
        Assert.Matches(SpaceBesideChinese(), "共 44 项");
    }

    private IEnumerable<string> ChinesePages() =>
        site.HtmlFiles().Where(f => f.StartsWith("zh/", StringComparison.Ordinal) || f == "index.html" || f == "404.html");

    // Each run of text outside the report's words, and the text of attributes a reader hears or sees.
    // Neighbouring text nodes are kept apart by a line break, so "）</a>, 第" still shows its comma
    // beside the Chinese that follows.
    private static IEnumerable<string> TextsOf(IDocument page)
    {
        yield return page.Title ?? string.Empty;
        yield return page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? string.Empty;
        var texts = new List<string>();
        Collect(page.Body!, texts);
        yield return string.Join("\n", texts);
        foreach (var element in page.Body!.QuerySelectorAll("*").Where(e => e.Closest(".report-text, .cite-text, [lang=en], [lang=en-GB]") is null))
        {
            foreach (var name in Attributes)
            {
                if (element.GetAttribute(name) is { Length: > 0 } value)
                {
                    yield return value;
                }
            }
        }
    }

    private static void Collect(INode node, List<string> texts)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                // The report's words are shown as published; a GB/T 7714 citation (cite-text) is punctuated
                // as the standard prescribes, with its own half-width separators (". ", ": ").
                case IElement element when element.ClassList.Contains("report-text") || element.ClassList.Contains("cite-text")
                    || element.LocalName is "script" or "style" or "code" or "pre"
                    || element.GetAttribute("lang") is { } lang && lang.StartsWith("en", StringComparison.Ordinal):
                    texts.Add(string.Empty);
                    break;
                case IElement element:
                    Collect(element, texts);
                    break;
                case IText text:
                    texts.Add(text.Data);
                    break;
            }
        }
    }

    // A mark set off by spaces or a line break from the Chinese beside it is still beside it: "）, 第".
    private static string Tight(string text) => TightMarks().Replace(text, "$1");

    private static string Around(string text, int index) =>
        text[Math.Max(0, index - 12)..Math.Min(text.Length, index + 12)].Replace('\n', '⏎');

    [GeneratedRegex(@"\s*([,;:?!()])\s*")]
    private static partial Regex TightMarks();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[\u4e00-\u9fff])")]
    private static partial Regex SpaceBesideChinese();
}
