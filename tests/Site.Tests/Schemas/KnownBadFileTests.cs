using Site.Tests.Support;

namespace Site.Tests.Schemas;

/// <summary>
/// Mistakes an editor makes while typing are flagged by the schema, before any build, and the build
/// reports each of them too: the red squiggle and <c>check</c> agree. (What only the build can check,
/// such as a quote occurring in its paragraph, is in docs/editing.md.)
/// </summary>
public sealed class KnownBadFileTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create().WithSecondReport();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> Mistakes() => new()
    {
        { "both shapes: an observation field at the top of a file with observations:", "SITE028" },
        { "observations: with a single item", "SITE028" },
        { "a stage that is not started or completed", "SITE014" },
        { "an id with a dot", "SITE006" },
        { "a value with its unit in it", "SITE014" },
        { "a period written with 年", "SITE014" },
        { "a date written with slashes", "SITE014" },
        { "a relation that is not related or part", "SITE014" },
        { "a label without English", "SITE004" },
        { "a single observation without a unit", "SITE003" },
        { "the old name headline", "SITE002" },
        { "featured written as a word", "SITE017" },
        { "a figure's source without the quote", "SITE003" },
    };

    [Fact]
    public void TheFilesTheMistakesStartFromAreValid()
    {
        Assert.Empty(EditorSchemas.Errors("indicator.schema.json", TestSite.TaxIndicator()));
        Assert.Empty(EditorSchemas.Errors("indicator.schema.json", TestSite.SeriesIndicator()));
        _site.Write("input/tax.yaml", TestSite.TaxIndicator()).Write("input/series.yaml", TestSite.SeriesIndicator()).BuildOk();
    }

    [Theory]
    [InlineData("value: 306", "value: \"306\"")]
    [InlineData("period: 2023", "period: \"2023\"")]
    [InlineData("featured: true", "featured: false")]
    [InlineData("label: { zh: 综合税收, en: \"Tax revenue\" }", "label: { zh: 综合税收, en: 2023 }")]
    public void WhatTheBuildAcceptsIsNotFlagged(string from, string to)
    {
        // YAML gives these as numbers, strings or booleans; the loader reads the text either way.
        var yaml = Edit(Single(), from, to);
        Assert.Empty(EditorSchemas.Errors("indicator.schema.json", yaml));
        _site.Write("input/tax.yaml", yaml).BuildOk();
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void SchemaAndBuildBothRefuse(string mistake, string code)
    {
        var yaml = Make(mistake);
        Assert.NotEmpty(EditorSchemas.Errors("indicator.schema.json", yaml));
        var result = _site.Write("input/bad.yaml", yaml).Build(write: false);
        Assert.True(result.Diagnostics.Any(d => d.Code == code), $"expected {code}, got:\n{string.Join("\n", result.Diagnostics.Select(d => d.FirstLine))}");
    }

    private static string Make(string mistake) => mistake switch
    {
        "both shapes: an observation field at the top of a file with observations:" => Edit(Series(), "observations:", "value: 330\nobservations:"),
        "observations: with a single item" => Series()[..Series().IndexOf("  - period: 2024", StringComparison.Ordinal)] + "added: 2024-02-01\nupdated: 2025-02-01\n",
        "a stage that is not started or completed" => Edit(Single(), "unit: yi-yuan", "unit: yi-yuan\nstage: begun"),
        "an id with a dot" => Edit(Single(), "id: tax-revenue", "id: tax.revenue"),
        "a value with its unit in it" => Edit(Single(), "value: 306", "value: 306亿"),
        "a period written with 年" => Edit(Single(), "period: 2023", "period: 2023年"),
        "a date written with slashes" => Edit(Single(), "added: 2024-02-01", "added: 2024/02/01"),
        "a relation that is not related or part" => Edit(Single(), "    basis: year-on-year", "    basis: year-on-year\n    relation: whole"),
        "a label without English" => Edit(Single(), "label: { zh: 综合税收, en: \"Tax revenue\" }", "label: { zh: 综合税收 }"),
        "a single observation without a unit" => Edit(Single(), "unit: yi-yuan\n", string.Empty),
        "the old name headline" => Edit(Single(), "featured: true", "headline: true"),
        "featured written as a word" => Edit(Single(), "featured: true", "featured: yes"),
        "a figure's source without the quote" => Edit(Single(), "      quote: 同比增长18%\n", string.Empty),
        _ => throw new ArgumentException(mistake, nameof(mistake)),
    };

    private static string Single() => TestSite.TaxIndicator();

    // Every mistake changes the file: a replacement that found nothing would test a valid file.
    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Series() => TestSite.SeriesIndicator();
}
