using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Tests.Formatting;

/// <summary>Chinese magnitudes read naturally in English: 亿 is 10^8, 万 is 10^4.</summary>
public sealed class EnglishNumberTests
{
    [Theory]
    [InlineData("306", 8, "30.6 billion")]
    [InlineData("1.13", 4, "11,300")]
    [InlineData("132", 4, "1.32 million")]
    [InlineData("5", 4, "50,000")]
    [InlineData("100", 4, "1 million")]
    [InlineData("29", 8, "2.9 billion")]
    [InlineData("1", 8, "100 million")]
    [InlineData("6100", 0, "6,100")]
    [InlineData("7066", 0, "7,066")]
    [InlineData("138", 0, "138")]
    [InlineData("1.5", 0, "1.5")]
    [InlineData("12500", 4, "125 million")]
    public void ConvertsMagnitudes(string value, int scale, string expected)
    {
        var unit = new Unit("u", "单位", "units", scale, UnitFormat.Number, "amount");
        Assert.Equal(expected, EnglishNumber.Words(unit.Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(102, "102nd")]
    public void WritesOrdinals(int value, string expected) => Assert.Equal(expected, EnglishNumber.Ordinal(value));

    [Fact]
    public void KeepsDecimalsExact() => Assert.Equal("0.1", EnglishNumber.Plain(0.1m));
}
