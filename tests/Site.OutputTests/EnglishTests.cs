using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Core.Text;
using Site.OutputTests.Support;

namespace Site.OutputTests;

/// <summary>English pages read as English: no stray Chinese, and every figure reads back to its data.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed partial class EnglishTests(BuiltSite site)
{
    [Fact]
    public void EnglishPagesHaveNoChineseOutsideMarkedOriginals()
    {
        var stray = new List<string>();
        foreach (var file in site.HtmlFiles().Where(f => f.StartsWith("en/", StringComparison.Ordinal)))
        {
            var page = site.Page(file);
            foreach (var text in TextOutsideChinese(page.Body!))
            {
                var at = Cjk.IndexOf(text);
                if (at >= 0)
                {
                    stray.Add($"{file}: '{Cjk.RunAt(text, at)}'");
                }
            }

            var title = page.Title ?? string.Empty;
            var description = page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? string.Empty;
            if (Cjk.IndexOf(title + description) >= 0)
            {
                stray.Add($"{file}: title or description");
            }
        }

        Assert.Empty(stray.Distinct());
    }

    [Fact]
    public void EveryEnglishFigureReadsBackToTheQuantityInTheData()
    {
        var checkedCount = 0;
        foreach (var indicator in site.Model.Indicators)
        {
            var page = site.Page($"en/indicators/{indicator.Id}/index.html");
            var shown = new[] { page.QuerySelector(".figure .figure-text")! }
                .Concat(page.QuerySelectorAll("table.figures td .figure-text"))
                .Select(e => e.TextContent)
                .ToList();
            var figures = indicator.AllFigures.ToList();
            Assert.Equal(figures.Count, shown.Count);
            for (var i = 0; i < figures.Count; i++)
            {
                var unit = figures[i].Unit;
                if (figures[i].Value is not { } value)
                {
                    continue; // a claim (全覆盖, 率先): no number to read back.
                }

                var expected = value;
                for (var s = 0; s < unit.Scale; s++)
                {
                    expected *= 10m;
                }

                Assert.True(ReadBack(shown[i]) == expected, $"{indicator.Id}: '{shown[i]}' does not read back as {expected} ({figures[i].ValueText}{unit.Zh})");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 50, $"only {checkedCount} figures were read back");
    }

    [Theory]
    [InlineData("30.6 billion yuan", "30600000000")]
    [InlineData("11,300 m²", "11300")]
    [InlineData("1.32 million m²", "1320000")]
    [InlineData("more than 6,100 enterprises", "6100")]
    [InlineData("up 18% year on year", "18")]
    [InlineData("1st in Shanghai", "1")]
    [InlineData("2nd among Shanghai's central districts", "2")]
    public void ReadsEnglishNumbersBack(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), ReadBack(text));

    /// <summary>An independent reading of an English figure: digits, separators, million/billion, ordinals.</summary>
    private static decimal ReadBack(string text)
    {
        var match = EnglishQuantity().Match(text);
        Assert.True(match.Success, $"no number in '{text}'");
        var number = decimal.Parse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return match.Groups["m"].Value switch
        {
            "billion" => number * 1_000_000_000m,
            "million" => number * 1_000_000m,
            _ => number,
        };
    }

    private static IEnumerable<string> TextOutsideChinese(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && ((element.GetAttribute("lang") ?? string.Empty).StartsWith("zh", StringComparison.Ordinal) || element.LocalName == "script"))
            {
                continue;
            }

            if (child is IText text)
            {
                yield return text.Data;
            }
            else
            {
                foreach (var inner in TextOutsideChinese(child))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*(\.\d+)?)(st|nd|rd|th)?%?(\s+(?<m>million|billion))?")]
    private static partial Regex EnglishQuantity();
}
