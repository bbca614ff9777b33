using System.Text.RegularExpressions;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// What axe cannot judge from one page: highlighted words are announced (a highlight alone is silent
/// to a screen reader), in the reader's language, on every indicator page; no page focuses anything by
/// itself except the search box, and nothing reorders the tab sequence.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed partial class AccessibilityMarkupTests(ServedSite site)
{
    private readonly BuiltPages _built = BuiltPages.Load(site.Output);

    [Fact]
    public void EveryHighlightedQuoteSaysWhereItStartsAndEnds()
    {
        var wrong = new List<string>();
        var marks = 0;
        foreach (var (path, page) in _built.Pages.Where(p => p.Key.Contains("/indicators/", StringComparison.Ordinal)))
        {
            var lang = page.DocumentElement.GetAttribute("lang");
            foreach (var mark in page.QuerySelectorAll("mark"))
            {
                marks++;
                var before = mark.PreviousSibling as AngleSharp.Dom.IElement;
                var after = mark.NextSibling as AngleSharp.Dom.IElement;
                var announced = before is not null && after is not null
                    && before.ClassList.Contains("visually-hidden") && after.ClassList.Contains("visually-hidden")
                    && before.GetAttribute("lang") == lang && after.GetAttribute("lang") == lang
                    && before.TextContent.Trim().Length > 0 && after.TextContent.Trim().Length > 0
                    && mark.Children.Length == 0;
                if (!announced)
                {
                    wrong.Add($"{path}: <mark> not framed by hidden start and end words in {lang}: {mark.ParentElement?.InnerHtml[..Math.Min(300, mark.ParentElement.InnerHtml.Length)]}");
                }
            }

            if (lang == "en" && page.QuerySelectorAll(".source-paragraph .visually-hidden").Any(h => ChineseCharacter().IsMatch(h.TextContent)))
            {
                wrong.Add($"{path}: the English words around a highlight are in Chinese");
            }
        }

        Assert.True(marks > 40, $"only {marks} highlights");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [Fact]
    public void NoPageReordersTheTabSequenceOrFocusesOnItsOwn()
    {
        var wrong = _built.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("[tabindex], [autofocus], [accesskey]")
                .Where(e => e.HasAttribute("autofocus") || e.HasAttribute("accesskey") || e.GetAttribute("tabindex") is not ("-1" or "0"))
                .Select(e => $"{p.Key}: {e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]}"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryImageAndFormFieldHasATextAlternative()
    {
        var wrong = new List<string>();
        foreach (var (path, page) in _built.Pages)
        {
            wrong.AddRange(page.QuerySelectorAll("img:not([alt])").Select(e => $"{path}: img without alt: {e.OuterHtml}"));
            wrong.AddRange(page.QuerySelectorAll("svg:not([aria-hidden='true']):not([role='img'])").Select(e => $"{path}: svg neither hidden nor an image"));
            foreach (var field in page.QuerySelectorAll("input:not([type='hidden']), select, textarea"))
            {
                var id = field.GetAttribute("id");
                if (string.IsNullOrEmpty(id) || page.QuerySelector($"label[for='{id}']") is null)
                {
                    wrong.Add($"{path}: a form field without a label: {field.OuterHtml}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [GeneratedRegex(@"[\u3400-\u9FFF]")]
    private static partial Regex ChineseCharacter();
}
