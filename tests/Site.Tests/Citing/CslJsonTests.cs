using System.Text.Json;
using Site.Core.Citing;
using Site.Core.Model;

namespace Site.Tests.Citing;

/// <summary>
/// An indicator as CSL-JSON (CSL 1.0.2): an array with one data set item that System.Text.Json reads
/// back, with the fields reference managers need and the original report and paragraph in the note.
/// </summary>
public sealed class CslJsonTests(CitingSite site) : IClassFixture<CitingSite>
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void AnIndicatorIsOneDataSetItem(string code)
    {
        var language = Language.All.Single(l => l.Code == code);
        var json = Cite.CslJson(site.Tax, site.Settings, language);
        using var document = JsonDocument.Parse(json);

        var item = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("tax-revenue", item.GetProperty("id").GetString());
        Assert.Equal("dataset", item.GetProperty("type").GetString());
        Assert.Equal(site.Tax.Label[language], item.GetProperty("title").GetString());
        var author = Assert.Single(item.GetProperty("author").EnumerateArray());
        Assert.Equal(site.Settings.Publisher[language], author.GetProperty("literal").GetString());
        var parts = Assert.Single(item.GetProperty("issued").GetProperty("date-parts").EnumerateArray());
        Assert.Equal([2024, 2, 1], parts.EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal($"https://example.org/{code}/indicators/tax-revenue/", item.GetProperty("URL").GetString());
        Assert.Equal(site.Settings.Title[language], item.GetProperty("publisher").GetString());
        Assert.Equal(site.Settings.Title[language], item.GetProperty("container-title").GetString());
        Assert.Equal(language.HtmlLang, item.GetProperty("language").GetString());

        var note = item.GetProperty("note").GetString()!;
        Assert.Contains(site.Tax.Latest.Headline.Citation.Document.Title[language], note, StringComparison.Ordinal);
        Assert.Contains(site.Tax.Latest.Headline.Citation.Document.Issuer[language], note, StringComparison.Ordinal);
        Assert.Contains("2024", note, StringComparison.Ordinal);
        Assert.Contains(language.Pick("（一）第1段", "Section 1, Para. 1"), note, StringComparison.Ordinal);
        Assert.EndsWith($"https://example.org/{code}/sources/report/#p1", note, StringComparison.Ordinal);

        // An "accessed" date would be the build's, not the reader's.
        Assert.False(item.TryGetProperty("accessed", out _));
    }

    [Fact]
    public void TheFileIsIndentedWithUnixLineEnds()
    {
        Assert.Equal(
            """
            [
              {
                "id": "tax-revenue",
                "type": "dataset",
                "title": "综合税收",
                "author": [
                  {
                    "literal": "测试编辑"
                  }
                ],
                "issued": {
                  "date-parts": [
                    [
                      2024,
                      2,
                      1
                    ]
                  ]
                },
                "URL": "https://example.org/zh/indicators/tax-revenue/",
                "publisher": "测试站",
                "container-title": "测试站",
                "language": "zh-CN",
                "note": "原始出处：测试政府. 测试报告[R]. 2024-01-16：（一）第1段. 该段原文：https://example.org/zh/sources/report/#p1"
              }
            ]

            """,
            Cite.CslJson(site.Tax, site.Settings));
    }

    [Fact]
    public void MarkupInALabelRoundTripsAsText()
    {
        using var document = JsonDocument.Parse(Cite.CslJson(site.Hostile, site.Settings, Language.En));
        Assert.Equal(CitingSite.HostileEn, document.RootElement[0].GetProperty("title").GetString());
    }
}
