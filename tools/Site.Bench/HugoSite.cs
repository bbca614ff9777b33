using System.Globalization;
using System.Text;

namespace Site.Bench;

/// <summary>
/// The same indicators as a Hugo site: one Markdown page per indicator and language, whose body carries
/// what our indicator page's body carries (description, figures with their quotes, the citation, the
/// cited paragraph and, in English, its translation), so both generators write pages of comparable text.
/// The configuration and layouts are fixed here and written out in docs/benchmarks.md.
/// </summary>
internal static class HugoSite
{
    /// <summary>Two languages under /zh/ and /en/, sitemap on, RSS and taxonomies off.</summary>
    public const string Config = """
        baseURL = "https://example.invalid/"
        title = "Synthetic District Performance Figures (fictional benchmark)"
        defaultContentLanguage = "zh"
        defaultContentLanguageInSubdir = true
        disableKinds = ["taxonomy", "term", "RSS"]
        enableRobotsTXT = false
        [languages.zh]
          languageName = "中文"
          contentDir = "content/zh"
          weight = 1
        [languages.en]
          languageName = "English"
          contentDir = "content/en"
          weight = 2

        """;

    public const string BaseLayout = """
        <!DOCTYPE html>
        <html lang="{{ .Site.Language.Lang }}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} · {{ .Site.Title }}</title>{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}</head>
        <body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body>
        </html>

        """;

    public const string SingleLayout = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><p class="figure">{{ .Params.figure }}</p><dl><dt>{{ .Params.periodLabel }}</dt><dd>{{ .Params.period }}</dd><dt>{{ .Params.writtenLabel }}</dt><dd lang="zh-CN">{{ .Params.written }}</dd></dl><p>{{ .Params.added }}</p>{{ .Content }}<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">← {{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }} →</a>{{ end }}</nav><nav>{{ range .Translations }}<a hreflang="{{ .Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</nav></article>{{ end }}

        """;

    public const string ListLayout = """
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}

        """;

    public static void Write(string root, SyntheticReport report)
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "hugo.toml"), Config);
        var layouts = Path.Combine(root, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), BaseLayout);
        File.WriteAllText(Path.Combine(layouts, "single.html"), SingleLayout);
        File.WriteAllText(Path.Combine(layouts, "list.html"), ListLayout);
        foreach (var lang in new[] { "zh", "en" })
        {
            var folder = Path.Combine(root, "content", lang, "indicators");
            Directory.CreateDirectory(folder);
            foreach (var indicator in report.Indicators)
            {
                File.WriteAllText(Path.Combine(folder, indicator.Id + ".md"), lang == "zh" ? Chinese(indicator) : English(indicator));
            }
        }
    }

    private static string Chinese(SyntheticIndicator i)
    {
        var page = FrontMatter(i, i.Label.Zh, i.Headline.Written, HugoPageWords.Chinese);
        page.Append(CultureInfo.InvariantCulture, $"{i.Description.Zh}\n\n| 数值 | 原文 |\n| --- | --- |\n");
        foreach (var figure in Figures(i))
        {
            page.Append(CultureInfo.InvariantCulture, $"| {figure.Label.Zh} | {figure.Quote.Zh} |\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"\n## 出处\n\n合成区人民政府（虚构）. 合成基准测试报告之{i.Paragraph.DocumentNumber}（虚构）[R]. 2024-01-16: 第{Number(i)}段.\n\n文件：合成基准测试报告之{i.Paragraph.DocumentNumber}（虚构）（合成区人民政府（虚构），2024年1月16日）；段落：合成报告之{i.Paragraph.DocumentNumber}（虚构）第{Number(i)}段。\n\n> {i.Paragraph.Text}\n\n引文在该段中逐字出现且仅出现一次，数值已核对。被引用的原文已高亮标出。[在报告原文中查看此段 →](/zh/)\n\n## 相关术语\n\n");
        foreach (var term in Terms(i))
        {
            page.Append(CultureInfo.InvariantCulture, $"- **{term.Term}**（{term.En}）：{term.Explanation.Zh}\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"\n## 引用与下载\n\n引用本页（GB/T 7714）：基准测试程序. {i.Label.Zh}[DS/OL]. 合成区政府工作指标（虚构，基准测试）（{SyntheticSite.Added}）[引用日期]. https://example.invalid/zh/indicators/{i.Id}/.\n\n");
        page.Append(CultureInfo.InvariantCulture, $"报告原文出处：合成区人民政府（虚构）. 合成基准测试报告之{i.Paragraph.DocumentNumber}（虚构）[R]. 2024-01-16：第{Number(i)}段.\n\n下载本指标：CSV · JSON · BibTeX · CSL-JSON。每个文件都含全部统计期的数值、中英文名称和单位、引文、译文与出处段落网址。数据说明 · 下载全部数据 (JSON) · CSV\n");
        return page.ToString();
    }

    private static string English(SyntheticIndicator i)
    {
        var page = FrontMatter(i, i.Label.En, i.Headline.Quote.En, HugoPageWords.English);
        page.Append(CultureInfo.InvariantCulture, $"{i.Description.En}\n\n| Figure | As written | In English |\n| --- | --- | --- |\n");
        foreach (var figure in Figures(i))
        {
            page.Append(CultureInfo.InvariantCulture, $"| {figure.Label.En} | {figure.Quote.Zh} | {figure.Quote.En} |\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"\n## Source\n\nSynthetic District People's Government (fictional). (2024, January 16). *Synthetic benchmark report {i.Paragraph.DocumentNumber} (fictional)*, paragraph {Number(i)}.\n\nDocument: Synthetic benchmark report {i.Paragraph.DocumentNumber} (fictional) (Synthetic District People's Government (fictional), 16 January 2024); paragraph: Synthetic report {i.Paragraph.DocumentNumber} (fictional), paragraph {Number(i)}.\n\n> {i.Paragraph.Text}\n\n{i.Paragraph.Translation}\n\nThe quoted words occur once, verbatim, in this paragraph; the figure has been checked against them. The cited words are highlighted in the Chinese original. [Read this paragraph in the full report →](/en/)\n\n## Terms in this paragraph\n\n");
        foreach (var term in Terms(i))
        {
            page.Append(CultureInfo.InvariantCulture, $"- **{term.En}** ({term.Term}): {term.Explanation.En}\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"\n## Cite and download\n\nCite this page (APA): The benchmark program. (2024, February 1). {i.Label.En} [Data set]. Synthetic District Performance Figures (fictional benchmark). https://example.invalid/en/indicators/{i.Id}/\n\n");
        page.Append(CultureInfo.InvariantCulture, $"The original report: Synthetic District People's Government (fictional). (2024, January 16). *Synthetic benchmark report {i.Paragraph.DocumentNumber} (fictional)*, paragraph {Number(i)}.\n\nDownload this indicator: CSV · JSON · BibTeX · CSL-JSON. Each file holds the figures of every period, the names and units in Chinese and English, the quotes, their translations and the address of each cited paragraph. About the data · Download all data (JSON) · CSV\n");
        return page.ToString();
    }

    // The page's fields, with the words our layout prints beside them (period, as written, dates), so
    // that Hugo's pages carry the same text around the body as ours.
    private static StringBuilder FrontMatter(SyntheticIndicator i, string title, string figure, HugoPageWords words) =>
        new StringBuilder("---\n").Append(CultureInfo.InvariantCulture, $"""
            title: {Yaml.Quote(title)}
            figure: {Yaml.Quote(figure)}
            periodLabel: {Yaml.Quote(words.PeriodLabel)}
            period: {Yaml.Quote(words.Period)}
            writtenLabel: {Yaml.Quote(words.WrittenLabel)}
            written: {Yaml.Quote(i.Headline.Written)}
            added: {Yaml.Quote(words.Dates)}
            ---

            """);

    private static IEnumerable<SyntheticFigure> Figures(SyntheticIndicator i) => i.Growth is null ? [i.Headline] : [i.Headline, i.Growth];

    // The glossary terms the cited paragraph uses, as our page lists them.
    private static IEnumerable<GlossaryTerm> Terms(SyntheticIndicator i) => ReportPhrases.Glossary.Where(t => i.Paragraph.Text.Contains(t.Term, StringComparison.Ordinal));

    private static string Number(SyntheticIndicator i) => i.Paragraph.Id[1..];
}
