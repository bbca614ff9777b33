using System.Net;
using System.Text.RegularExpressions;

namespace Site.Bench;

/// <summary>
/// The text of a sample of indicator pages as each generator wrote them (the article's text, tags
/// removed), to show that Hugo is given page bodies as long as ours; and each output's size.
/// </summary>
internal sealed partial record PageBodies(double OursChars, double HugoChars, int OursPages, int HugoPages, double OursMb, double HugoMb)
{
    private const int Sample = 20;
    private static readonly string[] Languages = ["zh", "en"];

    public static PageBodies Measure(string oursOutput, string hugoOutput, SyntheticReport report, int oursPages, int hugoPages)
    {
        var ids = Enumerable.Range(0, Math.Min(Sample, report.Indicators.Count)).Select(i => report.Indicators[i * report.Indicators.Count / Math.Min(Sample, report.Indicators.Count)].Id).ToList();
        double Mean(string output) => ids.SelectMany(id => Languages.Select(lang => ArticleText(Path.Combine(output, lang, "indicators", id, "index.html")).Length)).Average();
        return new PageBodies(Mean(oursOutput), Mean(hugoOutput), oursPages, hugoPages, SizeMb(oursOutput), SizeMb(hugoOutput));
    }

    private static string ArticleText(string file)
    {
        var html = File.ReadAllText(file);
        var start = html.IndexOf("<article", StringComparison.Ordinal);
        var end = html.LastIndexOf("</article>", StringComparison.Ordinal);
        var article = start >= 0 && end > start ? html[start..end] : html;
        return Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(article, " ")), " ").Trim();
    }

    private static double SizeMb(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1024.0 / 1024.0;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
