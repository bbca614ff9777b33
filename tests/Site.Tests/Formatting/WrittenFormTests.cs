using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Tests.Formatting;

/// <summary>A figure is found in text only as a whole number followed by its exact unit.</summary>
public sealed class WrittenFormTests
{
    private static readonly Unit YiYuan = new("yi-yuan", "亿元", "yuan", 8, UnitFormat.Number, "amount");
    private static readonly Unit Jia = new("jia", "家", null, 0, UnitFormat.Number, "count");
    private static readonly Unit Rank = new("rank", "第", "rank", 0, UnitFormat.Ordinal, "rank");
    private static readonly Unit FullCoverage = new("full-coverage", "全覆盖", "full coverage", 0, UnitFormat.Claim, "coverage");
    private static readonly Qualifier MoreThan = new("more-than", "余", "more than", QualifierPosition.After, Direction.None);
    private static readonly Qualifier Over = new("over", "超过", "over", QualifierPosition.Before, Direction.None);

    [Theory]
    [InlineData("306", "综合税收306亿元", 4)]
    [InlineData("30", "综合税收306亿元", -1)]
    [InlineData("6", "综合税收306亿元", -1)]
    [InlineData("06", "综合税收306亿元", -1)]
    [InlineData("3.06", "综合税收13.06亿元", -1)]
    [InlineData("30", "新增30万元", -1)]
    [InlineData("306", "306亿元", 0)]
    [InlineData("5", "1.5亿元和5亿元", 6)]
    public void FindsOnlyWholeNumbers(string value, string text, int expected) =>
        Assert.Equal(expected, Written(value, YiYuan, null).IndexIn(text));

    [Fact]
    public void AfterQualifierSitsBetweenNumberAndUnit()
    {
        var written = Written("6100", Jia, MoreThan);
        Assert.Equal("6100余家", written.Text);
        Assert.Equal(0, written.IndexIn("6100余家数字经济企业"));
        Assert.Equal(-1, written.IndexIn("6100家数字经济企业"));
    }

    [Fact]
    public void BeforeQualifierPrecedesTheNumberAndDoesNotCountAsADigit()
    {
        var written = Written("95", Over, "%");
        Assert.Equal(("超过", "95", "%"), (written.Before, written.Number, written.After));
        Assert.Equal(3, written.IndexIn("覆盖率超过95%"));
        Assert.Equal(-1, written.IndexIn("覆盖率超过195%"));
    }

    [Fact]
    public void RanksAndClaimsAreWordsWithScope()
    {
        var scope = new LocalizedText("全市", "in Shanghai");
        var rank = WrittenForm.Of("1", 1m, Rank, null, scope)!;
        Assert.Equal(("全市第", "一", ""), (rank.Before, rank.Number, rank.After));
        Assert.False(rank.IsNumeric);
        Assert.Equal("全覆盖", WrittenForm.Of(null, null, FullCoverage, null, null)!.Text);
        Assert.Null(WrittenForm.Of("1", 1m, FullCoverage, null, null));
        Assert.Null(WrittenForm.Of(null, null, YiYuan, null, null));
    }

    private static WrittenFigure Written(string value, Unit unit, Qualifier? qualifier) =>
        WrittenForm.Of(value, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, qualifier, null)!;

    private static WrittenFigure Written(string value, Qualifier qualifier, string unitZh) =>
        Written(value, new Unit("percent", unitZh, "%", 0, UnitFormat.Percent, "percentage"), qualifier);
}
