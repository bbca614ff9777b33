using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Tests.Formatting;

/// <summary>A figure is found in text only as a whole number followed by its exact unit.</summary>
public sealed class WrittenFormTests
{
    private static readonly Unit YiYuan = new("yi-yuan", "亿元", "yuan", 8, UnitFormat.Number, "amount");
    private static readonly Unit Jia = new("jia", "家", null, 0, UnitFormat.Number, "count");
    private static readonly Qualifier MoreThan = new("more-than", "余", "more than", QualifierPosition.After, Direction.None);

    [Theory]
    [InlineData("306", "综合税收306亿元", 4)]
    [InlineData("30", "综合税收306亿元", -1)]
    [InlineData("6", "综合税收306亿元", -1)]
    [InlineData("06", "综合税收306亿元", -1)]
    [InlineData("3.06", "综合税收13.06亿元", -1)]
    [InlineData("30", "新增30万元", -1)]
    [InlineData("306", "306亿元", 0)]
    [InlineData("5", "1.5亿元和5亿元", 6)]
    public void FindsOnlyWholeNumbers(string value, string text, int expected)
    {
        var figure = Figure(value, YiYuan.Id);
        Assert.Equal(expected, WrittenForm.IndexIn(text, figure, YiYuan, null));
    }

    [Fact]
    public void AfterQualifierSitsBetweenNumberAndUnit()
    {
        var figure = Figure("6100", Jia.Id, MoreThan.Id);
        Assert.Equal("6100余家", WrittenForm.Of(figure, Jia, MoreThan));
        Assert.Equal(0, WrittenForm.IndexIn("6100余家数字经济企业", figure, Jia, MoreThan));
        Assert.Equal(-1, WrittenForm.IndexIn("6100家数字经济企业", figure, Jia, MoreThan));
    }

    private static Figure Figure(string value, string unit, string? qualifier = null) => new(
        new LocalizedText("l", "l"),
        value,
        decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        unit,
        qualifier,
        null,
        null,
        null,
        "2023",
        FigureRelation.Headline,
        new Citation("d", "p1", "q", "t"));
}
