using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Validation;

namespace Site.Tests.Formatting;

/// <summary>The small helpers behind friendly diagnostics.</summary>
public sealed class SupportTests
{
    [Theory]
    [InlineData("lable", "label")]
    [InlineData("perod", "period")]
    [InlineData("qoute", "quote")]
    [InlineData("xyz", null)]
    public void SuggestsTheClosestKnownName(string typo, string? expected) =>
        Assert.Equal(expected, ClosestName.Find(typo, ["label", "period", "quote", "unit", "value"]));

    [Theory]
    [InlineData("Tax_Revenue", "tax-revenue")]
    [InlineData("taxRevenue", "tax-revenue")]
    [InlineData("tax  revenue!", "tax-revenue")]
    public void SuggestsKebabCaseIds(string id, string expected) => Assert.Equal(expected, Ids.Suggest(id));

    [Fact]
    public void CaretCountsChineseAsTwoCells()
    {
        var diagnostic = Diagnostic.Error("SITE011", new SourceSpan("a.yaml", 3, 10), new Message("m", "m"));
        var text = diagnostic.Format("  quote: 综合税收");
        Assert.Equal(["a.yaml:3:10: error SITE011: m", "  3 |   quote: 综合税收", "    |          ^"], text.Split('\n'));
    }

    [Fact]
    public void WidthHintNamesTheCharacters()
    {
        var hint = Punctuation.WidthDifference("税收306亿元,同比增长18%", "税收306亿元，同比增长18%");
        Assert.Equal("the quote differs from the paragraph only in full-width vs half-width punctuation: change '，' (full-width comma, U+FF0C) to ',' (half-width comma, U+002C)", hint);
        Assert.Null(Punctuation.WidthDifference("税收306亿元,同比增长18%", "税收305亿元"));
    }
}
