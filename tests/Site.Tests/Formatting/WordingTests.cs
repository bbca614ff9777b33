using System.Collections.Immutable;
using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Tests.Formatting;

/// <summary>
/// Whole figures in both languages, through each language's wording: qualifiers, bases, counted nouns,
/// ranks, claims, points; dates and paragraph references.
/// </summary>
public sealed class WordingTests
{
    private static readonly ImmutableDictionary<string, Unit> Units = new Unit[]
    {
        new("yi-yuan", "亿元", "yuan", 8, UnitFormat.Number, "amount"),
        new("wan-square-metres", "万平方米", "m²", 4, UnitFormat.Number, "area"),
        new("percent", "%", "%", 0, UnitFormat.Percent, "percentage"),
        new("percentage-points", "个百分点", "percentage points", 0, UnitFormat.Points, "percentage-point-change"),
        new("jia", "家", null, 0, UnitFormat.Number, "count"),
        new("rank", "第", "rank", 0, UnitFormat.Ordinal, "rank"),
        new("full-coverage", "全覆盖", "full coverage", 0, UnitFormat.Claim, "coverage"),
    }.ToImmutableDictionary(u => u.Id, StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, Qualifier> Qualifiers = new Qualifier[]
    {
        new("more-than", "余", "more than", QualifierPosition.After, Direction.None),
        new("over", "超过", "over", QualifierPosition.Before, Direction.None),
        new("increase", "增长", "up", QualifierPosition.Before, Direction.Increase),
        new("decrease", "下降", "down", QualifierPosition.Before, Direction.Decrease),
        new("rise", "提升", "up", QualifierPosition.Before, Direction.Increase),
    }.ToImmutableDictionary(q => q.Id, StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, Comparison> Comparisons = new Comparison[]
    {
        new("year-on-year", "同比", "year on year"),
        new("previous-year", "较上年", "on the previous year"),
    }.ToImmutableDictionary(c => c.Id, StringComparer.Ordinal);

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
        var figure = Figure(value, unit, qualifier, basis, scope);
        Assert.Equal(zh, Language.Zh.Wording.Figure(figure).Text);
        Assert.Equal(en, Language.En.Wording.Figure(figure).Text);
    }

    [Fact]
    public void TheSeparatorJoinsThePartsAsTheLanguageDoes()
    {
        var figure = Figure("6100", "jia", "more-than", null, null);
        var zh = Language.Zh.Wording.Figure(figure);
        var en = Language.En.Wording.Figure(figure);
        Assert.Equal(("", "6100", "余家", ""), (zh.Before, zh.Number, zh.After, zh.Separator));
        Assert.Equal(("more than", "6,100", "enterprises", " "), (en.Before, en.Number, en.After, en.Separator));
    }

    [Fact]
    public void DatesAndParagraphReferencesAreWrittenPerLanguage()
    {
        var paragraph = Paragraph();
        Assert.Equal("2024年1月16日", Language.Zh.Wording.FormatDate(new DateOnly(2024, 1, 16)));
        Assert.Equal("16 January 2024", Language.En.Wording.FormatDate(new DateOnly(2024, 1, 16)));
        Assert.Equal("（三）第2段", Language.Zh.Wording.ParagraphReference(paragraph));
        Assert.Equal("section (3), paragraph 2", Language.En.Wording.ParagraphReference(paragraph));
        Assert.Equal("报告（2024），（三）第2段", Language.Zh.Wording.Reference("报告（2024）", paragraph));
        Assert.Equal("Report 2024, section (3), paragraph 2", Language.En.Wording.Reference("Report 2024", paragraph));
    }

    [Fact]
    public void AParagraphOfASectionWithoutANumberIsCountedInTheExcerptAndSaysSo()
    {
        var theme = new Theme("t", null, T("t"), null, null, []);
        var paragraph = new Paragraph("p5", "d", 5, 1, theme, theme, "h", "h", "t");
        Assert.Equal("节选第5段", Language.Zh.Wording.ParagraphReference(paragraph));
        Assert.Equal("excerpt, paragraph 5", Language.En.Wording.ParagraphReference(paragraph));
    }

    /// <summary>A resolved figure built the way the resolve stage builds one, its written form from <see cref="WrittenForm"/>.</summary>
    private static Figure Figure(string? value, string unitId, string? qualifierId, string? basisId, string? scope)
    {
        var unit = Units[unitId];
        var qualifier = qualifierId is null ? null : Qualifiers[qualifierId];
        var scopeText = scope is null ? null : new LocalizedText(scope.Split('|')[0], scope.Split('|')[1]);
        var number = value is null ? (decimal?)null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var written = WrittenForm.Of(value, number, unit, qualifier, scopeText)!;
        var paragraph = Paragraph();
        var document = new SourceDocument("d", T("t"), T("s"), T("i"), T("s"), T("o"), T("p"), T("v"), new DateOnly(2024, 1, 16), [paragraph]);
        return new Figure(
            T("label"),
            value,
            number,
            unit,
            qualifier,
            basisId is null ? null : Comparisons[basisId],
            scopeText,
            unitId == "jia" ? new Noun("enterprise", "enterprises") : null,
            FigureRelation.Headline,
            Stage.None,
            written,
            new Citation(document, paragraph, written.Text, "t", new TextRange(0, written.Text.Length), new TextRange(0, written.Text.Length)));
    }

    private static Paragraph Paragraph()
    {
        // The third paragraph of the excerpt, the second of section (三).
        var theme = new Theme("t", null, T("t"), new LocalizedText("（三）", "3"), null, []);
        return new Paragraph("p3", "d", 3, 2, theme, theme, "h", "h", "t");
    }

    private static LocalizedText T(string text) => new(text, text);
}
