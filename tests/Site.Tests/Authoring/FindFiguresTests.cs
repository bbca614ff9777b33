using Site.Core.Authoring;
using Site.Core.Model;

namespace Site.Tests.Authoring;

/// <summary>Reading figures from a quote: whole numbers, the longest unit, the qualifier next to them.</summary>
public sealed class FindFiguresTests
{
    private static readonly Unit[] Units =
    [
        new("yi-yuan", "亿元", "yuan", 8, UnitFormat.Number, "amount"),
        new("wan-square-metres", "万平方米", "m²", 4, UnitFormat.Number, "area"),
        new("percent", "%", "%", 0, UnitFormat.Percent, "percentage"),
        new("percentage-points", "个百分点", "percentage points", 0, UnitFormat.Points, "change"),
        new("tai", "台", null, 0, UnitFormat.Number, "count"),
        new("jia", "家", null, 0, UnitFormat.Number, "count"),
        new("rank", "第", "rank", 0, UnitFormat.Ordinal, "rank"),
    ];

    private static readonly Qualifier[] Qualifiers =
    [
        new("more-than", "余", "more than", QualifierPosition.After, Direction.None) { Exact = false },
        new("reached", "达", string.Empty, QualifierPosition.Before, Direction.None),
        new("increase", "增长", "up", QualifierPosition.Before, Direction.Increase),
    ];

    private static readonly Comparison[] Bases = [new("year-on-year", "同比", "year on year")];

    [Theory]
    [InlineData("既有多层住宅加装电梯完工302台", "302台", "302", "tai", null)]
    [InlineData("6100余家数字经济企业", "6100余家", "6100", "jia", "more-than")]
    [InlineData("占全区税收比重达55%", "达55%", "55", "percent", "reached")]
    [InlineData("拆除违建1.13万平方米", "1.13万平方米", "1.13", "wan-square-metres", null)]
    [InlineData("较上年提升10个百分点", "10个百分点", "10", "percentage-points", null)]
    public void ReadsTheFigureAsWritten(string quote, string written, string value, string unit, string? qualifier)
    {
        var figure = FindFigures.In(quote, Units, Qualifiers, Bases).Single();
        Assert.Equal(written, figure.Written.Text);
        Assert.Equal(value, figure.ValueText);
        Assert.Equal(unit, figure.Unit.Id);
        Assert.Equal(qualifier, figure.Qualifier?.Id);
        Assert.Equal(quote.IndexOf(written, StringComparison.Ordinal), figure.Start);
    }

    [Fact]
    public void FindsEveryFigureInOrderWithTheBasisOfAChange()
    {
        var figures = FindFigures.In("综合税收306亿元,同比增长18%,占全区税收比重达55%", Units, Qualifiers, Bases);
        Assert.Equal(["306亿元", "增长18%", "达55%"], figures.Select(f => f.Written.Text));
        Assert.Null(figures[0].Basis);
        Assert.Equal("year-on-year", figures[1].Basis?.Id);
    }

    [Fact]
    public void NumbersWithoutAKnownUnitAreNotFigures()
    {
        Assert.Empty(FindFigures.In("交通事故类110同比下降", Units, Qualifiers, Bases));
        Assert.Empty(FindFigures.In("位居全市第一", Units, Qualifiers, Bases));
        Assert.Equal([(2, "2023"), (9, "1.5")], FindFigures.Numbers("截至2023年底达1.5."));
    }
}
