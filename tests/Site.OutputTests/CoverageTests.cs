using System.Text.RegularExpressions;
using Site.OutputTests.Support;
using YamlDotNet.RepresentationModel;

namespace Site.OutputTests;

/// <summary>
/// A coverage test that needs no judgement: every run of digits, and every word-figure (第一, 全覆盖,
/// 率先 ...), in the report's paragraphs lies inside some cited quote, or is listed with a reason in
/// data/coverage-exclusions.yaml. A figure dropped from input/ later is caught here.
/// </summary>
[Collection(BuiltSiteGroup.Name)]
public sealed partial class CoverageTests(BuiltSite site)
{
    private static readonly string[] WordFigures = ["第一", "第二", "前列", "全覆盖", "均", "首个", "首张", "率先", "零"];

    [Fact]
    public void EveryNumberInTheReportIsCitedOrExcludedWithAReason()
    {
        var exclusions = LoadExclusions();
        var uncovered = new List<string>();
        foreach (var document in site.Model.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                var covered = new bool[paragraph.Text.Length];
                foreach (var figure in site.Model.Indicators.SelectMany(i => i.AllFigures).Where(f => f.Citation.Paragraph == paragraph))
                {
                    Mark(covered, paragraph.Text, figure.Citation.Quote);
                }

                foreach (var exclusion in exclusions.Where(e => e.Paragraph == paragraph.Id))
                {
                    Assert.True(paragraph.Text.Contains(exclusion.Text, StringComparison.Ordinal), $"exclusion '{exclusion.Text}' is not in {paragraph.Id}");
                    Mark(covered, paragraph.Text, exclusion.Text);
                }

                foreach (Match match in DigitRun().Matches(paragraph.Text))
                {
                    if (!Enumerable.Range(match.Index, match.Length).All(i => covered[i]))
                    {
                        uncovered.Add($"{paragraph.Id}: '{match.Value}' in …{Around(paragraph.Text, match.Index)}…");
                    }
                }

                foreach (var word in WordFigures)
                {
                    for (var at = paragraph.Text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(word, at + 1, StringComparison.Ordinal))
                    {
                        if (!Enumerable.Range(at, word.Length).All(i => covered[i]))
                        {
                            uncovered.Add($"{paragraph.Id}: '{word}' in …{Around(paragraph.Text, at)}…");
                        }
                    }
                }
            }
        }

        Assert.Empty(uncovered);
    }

    [Fact]
    public void EveryExclusionHasAReason()
    {
        var exclusions = LoadExclusions();
        Assert.NotEmpty(exclusions);
        Assert.All(exclusions, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason), $"exclusion '{e.Text}' has no reason"));
    }

    private static void Mark(bool[] covered, string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            Array.Fill(covered, true, at, part.Length);
        }
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 8), Math.Min(20, text.Length - Math.Max(0, at - 8)));

    private static List<(string Paragraph, string Text, string Reason)> LoadExclusions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "coverage-exclusions.yaml"))));
        return [.. ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>().Select(m =>
        (
            ((YamlScalarNode)m["paragraph"]).Value!,
            ((YamlScalarNode)m["text"]).Value!,
            ((YamlScalarNode)((YamlMappingNode)m["reason"])["en"]).Value!
        ))];
    }

    [GeneratedRegex("[0-9]+(\\.[0-9]+)?")]
    private static partial Regex DigitRun();
}
