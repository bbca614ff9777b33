using System.Text.RegularExpressions;
using Site.Core.Citing;
using Site.Core.Model;

namespace Site.Tests.Citing;

/// <summary>
/// One @online entry per indicator, keyed by its id, that BibTeX, biblatex, Zotero and JabRef read: braces
/// balanced, TeX's special characters escaped, the original report and paragraph in the note.
/// </summary>
public sealed partial class BibTeXTests(CitingSite site) : IClassFixture<CitingSite>
{
    [Fact]
    public void AnIndicatorIsOneOnlineEntryInTheSourceLanguage()
    {
        Assert.Equal(
            """
            @online{tax-revenue,
              author       = {{测试编辑}},
              title        = {{综合税收}},
              organization = {测试站},
              date         = {2024-02-01},
              year         = {2024},
              url          = {https://example.org/zh/indicators/tax-revenue/},
              note         = {原始出处：测试政府. 测试报告[R]. 2024-01-16：（一）第1段. 该段原文：https://example.org/zh/sources/report/\#p1},
            }

            """,
            Cite.BibTeX(site.Tax, site.Settings));
    }

    [Fact]
    public void AnEnglishEntryCitesTheEnglishPage()
    {
        Assert.Equal(
            """
            @online{tax-revenue,
              author       = {{Test editors}},
              title        = {{Tax revenue}},
              organization = {Test site},
              date         = {2024-02-01},
              year         = {2024},
              url          = {https://example.org/en/indicators/tax-revenue/},
              note         = {Original source: Test government. (2024, January 16). 测试报告 [Test report] [Report]. Section 1, Para. 1, with a translation: https://example.org/en/sources/report/\#p1},
            }

            """,
            Cite.BibTeX(site.Tax, site.Settings, Language.En));
    }

    [Fact]
    public void SpecialCharactersAreEscapedAndBracesStayBalanced()
    {
        var entry = Cite.BibTeX(site.Hostile, site.Settings, Language.En);

        AssertValid(entry);
        Assert.Equal(
            @"{{\textless}script{\textgreater}alert(1){\textless}/script{\textgreater} \& Tax\_rate 100\% \#1 \{\vphantom{\}}draft \$5}",
            Fields(entry)["title"]);
    }

    [Theory]
    [InlineData("100% & #1", @"100\% \& \#1")]
    [InlineData("a_b $5", @"a\_b \$5")]
    [InlineData("{x}", @"\{x\}")]
    [InlineData("} x {", @"\vphantom{\{}\} x \{\vphantom{\}}")]
    [InlineData(@"a\b ~ ^ <|>", @"a{\textbackslash}b {\textasciitilde} {\textasciicircum} {\textless}{\textbar}{\textgreater}")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("数字经济企业", "数字经济企业")]
    public void EscapeWritesTextAsBibTeXReadsIt(string text, string expected) => Assert.Equal(expected, BibTeXEntry.Escape(text));

    [Fact]
    public void EveryIndicatorHasItsOwnKey()
    {
        var entries = site.Model.Indicators.Select(i => Cite.BibTeX(i, site.Settings)).ToList();
        entries.ForEach(AssertValid);
        var keys = entries.Select(e => EntryHead().Match(e).Groups["key"].Value).ToList();
        Assert.Equal(site.Model.Indicators.Select(i => i.Id), keys);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    // What every BibTeX reader relies on: one entry, braces that never close early and all close at the
    // end (BibTeX counts escaped braces too), one field a line, and no unescaped special character
    // outside the verbatim url field.
    private static void AssertValid(string entry)
    {
        Assert.Matches(EntryHead(), entry);
        Assert.EndsWith("}\n", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", entry, StringComparison.Ordinal);
        // Depth 1 from the entry's opening brace until its closing one, the last character before "\n".
        var open = entry.IndexOf('{', StringComparison.Ordinal);
        var depth = 0;
        for (var i = open; i < entry.Length - 1; i++)
        {
            depth += entry[i] switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth > 0 || i == entry.Length - 2, $"the entry's braces close early, at {i}:\n{entry}");
        }

        Assert.Equal(0, depth);
        foreach (var (name, value) in Fields(entry).Where(f => f.Key != "url"))
        {
            Assert.False(Unescaped().IsMatch(value), $"{name} has an unescaped special character: {value}");
        }
    }

    private static Dictionary<string, string> Fields(string entry)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in entry.Split('\n').Skip(1).SkipLast(2))
        {
            var field = Field().Match(line);
            Assert.True(field.Success, $"not a field line: {line}");
            fields.Add(field.Groups["name"].Value, field.Groups["value"].Value);
        }

        return fields;
    }

    [GeneratedRegex(@"^@online\{(?<key>[a-z0-9-]+),\n")]
    private static partial Regex EntryHead();

    [GeneratedRegex(@"^  (?<name>[a-z]+) += \{(?<value>.*)\},$")]
    private static partial Regex Field();

    [GeneratedRegex(@"(?<!\\)[%&#_$]")]
    private static partial Regex Unescaped();
}
