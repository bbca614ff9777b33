using Site.Core.Formatting;

namespace Site.Tests.Formatting;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    public void WritesRanksAsTheReportDoes(int value, string expected) => Assert.Equal(expected, ChineseNumerals.Write(value));

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("100")]
    public void RefusesWhatARankCannotBe(string value) =>
        Assert.Null(ChineseNumerals.Write(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
