using System.Collections.Immutable;
using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Tests.Formatting;

/// <summary>Whole figures in both languages: qualifiers, bases, counted nouns, ranks, claims, points.</summary>
public sealed class FigureFormatterTests
{
    private static readonly SiteModel Site = new(
        new SiteSettings(T("t"), T("s"), T("d"), T("p"), T("l"), "https://example.org", "https://example.org/r"),
        [],
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Unit[]
        {
            new("yi-yuan", "亿元", "yuan", 8, UnitFormat.Number, "amount"),
            new("wan-square-metres", "万平方米", "m²", 4, UnitFormat.Number, "area"),
            new("percent", "%", "%", 0, UnitFormat.Percent, "percentage"),
            new("percentage-points", "个百分点", "percentage points", 0, UnitFormat.Points, "percentage-point-change"),
            new("jia", "家", null, 0, UnitFormat.Number, "count"),
            new("rank", "第", "rank", 0, UnitFormat.Ordinal, "rank"),
            new("full-coverage", "全覆盖", "full coverage", 0, UnitFormat.Claim, "coverage"),
        }.Select(u => KeyValuePair.Create(u.Id, u))),
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Qualifier[]
        {
            new("more-than", "余", "more than", QualifierPosition.After, Direction.None),
            new("over", "超过", "over", QualifierPosition.Before, Direction.None),
            new("increase", "增长", "up", QualifierPosition.Before, Direction.Increase),
            new("decrease", "下降", "down", QualifierPosition.Before, Direction.Decrease),
            new("rise", "提升", "up", QualifierPosition.Before, Direction.Increase),
        }.Select(q => KeyValuePair.Create(q.Id, q))),
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Comparison[]
        {
            new("year-on-year", "同比", "year on year"),
            new("previous-year", "较上年", "on the previous year"),
        }.Select(c => KeyValuePair.Create(c.Id, c))),
        [],
        new Glossary([]),
        new InterfaceStrings(ImmutableSortedDictionary<string, string>.Empty, ImmutableSortedDictionary<string, string>.Empty),
        []);

    [Theory]
    [InlineData("306", "yi-yuan", null, null, null, "306亿元", "30.6 billion yuan")]
    [InlineData("1.13", "wan-square-metres", null, null, null, "1.13万平方米", "11,300 m²")]
    [InlineData("132", "wan-square-metres", null, null, null, "132万平方米", "1.32 million m²")]
    [InlineData("6100", "jia", "more-than", null, null, "6100余家", "more than 6,100 enterprises")]
    [InlineData("95", "percent", "over", null, null, "超过95%", "over 95%")]
    [InlineData("18", "percent", "increase", "year-on-year", null, "同比增长18%", "up 18% year on year")]
    [InlineData("3", "percent", "decrease", "year-on-year", null, "同比下降3%", "down 3% year on year")]
    [InlineData("10", "percentage-points", "rise", "previous-year", null, "较上年提升10个百分点", "up 10 percentage points on the previous year")]
    [InlineData("1", "percentage-points", null, null, null, "1个百分点", "1 percentage point")]
    [InlineData("1", "rank", null, null, "全市|in Shanghai", "全市第一", "1st in Shanghai")]
    [InlineData(null, "full-coverage", null, null, null, "全覆盖", "Full coverage")]
    public void FormatsBothLanguages(string? value, string unit, string? qualifier, string? basis, string? scope, string zh, string en)
    {
        var scopeText = scope is null ? null : new LocalizedText(scope.Split('|')[0], scope.Split('|')[1]);
        var figure = new Figure(
            T("label"),
            value,
            value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            unit,
            qualifier,
            basis,
            scopeText,
            unit == "jia" ? new Noun("enterprise", "enterprises") : null,
            "2023",
            FigureRelation.Headline,
            new Citation("d", "p1", "q", "t"));
        var formatter = new FigureFormatter(Site);
        Assert.Equal(zh, formatter.Format(figure, Language.Zh).Text);
        Assert.Equal(en, formatter.Format(figure, Language.En).Text);
    }

    private static LocalizedText T(string text) => new(text, text);
}
