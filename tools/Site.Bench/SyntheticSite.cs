using System.Globalization;
using System.Text;

namespace Site.Bench;

/// <summary>
/// Writes a synthetic site of N indicators (the repository's data and theme, a generated source document
/// of N paragraphs, N indicator files that each cite one), and the same content as a Hugo site
/// (2 languages × N Markdown pages, minimal layouts), so both generators build comparable pages.
/// </summary>
internal static class SyntheticSite
{
    public static void WriteOurs(string repository, string root, int count)
    {
        Copy(Path.Combine(repository, "theme"), Path.Combine(root, "theme"));
        Copy(Path.Combine(repository, "data"), Path.Combine(root, "data"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "data", "sources")))
        {
            File.Delete(file);
        }

        var themes = new[] { "science-technology", "digital-transformation", "talent", "city-renewal", "living-environment", "green-low-carbon", "city-management", "social-governance", "public-safety" };
        var source = new StringBuilder("""
            id: synthetic
            title: { zh: 合成报告, en: Synthetic report }
            short_title: { zh: 合成, en: Synthetic }
            issuer: { zh: 测试, en: Test }
            speaker: { zh: 测试, en: Test }
            occasion: { zh: 测试, en: Test }
            part: { zh: 全部, en: All }
            provenance: { zh: 合成数据, en: Synthetic data }
            date: 2024-01-16
            paragraphs:

            """);
        Directory.CreateDirectory(Path.Combine(root, "input"));
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var theme = themes[i % themes.Length];
            source.Append(CultureInfo.InvariantCulture, $"""
                  - id: p{n}
                    theme: {theme}
                    heading: 第{n}项工作。
                    text: 第{n}项工作。全年完成第{n}号项目投资{n}亿元,同比增长{i % 50}%,惠及居民{n}人。
                    translation: Item {n}. Investment of {n} yi yuan in project {n}, up {i % 50}% year on year, benefiting {n} residents.

                """);
            File.WriteAllText(Path.Combine(root, "input", $"indicator-{n}.yaml"), $$"""
                id: indicator-{{n}}
                theme: {{theme}}
                label: { zh: 第{{n}}号项目投资, en: Investment in project {{n}} }
                description: { zh: 第{{n}}号项目的全年投资。, en: Investment in project {{n}} during the year. }
                value: {{n}}
                unit: yi-yuan
                period: 2023
                source:
                  document: synthetic
                  paragraph: p{{n}}
                  quote: 投资{{n}}亿元
                  translation: investment of {{n}} yi yuan
                figures:
                  - label: { zh: 同比增长, en: Growth }
                    value: {{i % 50}}
                    unit: percent
                    qualifier: increase
                    basis: year-on-year
                    source:
                      quote: 同比增长{{i % 50}}%
                      translation: up {{i % 50}}% year on year

                """);
        }

        File.WriteAllText(Path.Combine(root, "data", "sources", "synthetic.yaml"), source.ToString());
    }

    public static void WriteHugo(string root, int count)
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "hugo.toml"), """
            baseURL = "https://example.org/"
            defaultContentLanguage = "zh"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            [languages.zh]
              languageName = "中文"
              contentDir = "content/zh"
            [languages.en]
              languageName = "English"
              contentDir = "content/en"
            """);
        var layouts = Path.Combine(root, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), "<!DOCTYPE html><html lang=\"{{ .Site.Language.Lang }}\"><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n");
        File.WriteAllText(Path.Combine(layouts, "single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><p class=\"figure\">{{ .Params.figure }}</p>{{ .Content }}{{ range .Translations }}<a hreflang=\"{{ .Lang }}\" href=\"{{ .RelPermalink }}\">{{ .Lang }}</a>{{ end }}{{ end }}\n");
        File.WriteAllText(Path.Combine(layouts, "list.html"), "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        foreach (var lang in new[] { "zh", "en" })
        {
            var content = Path.Combine(root, "content", lang);
            Directory.CreateDirectory(content);
            for (var i = 1; i <= count; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(content, $"indicator-{n}.md"), lang == "zh"
                    ? $"---\ntitle: 第{n}号项目投资\nfigure: {n}亿元\n---\n第{n}项工作。全年完成第{n}号项目投资**{n}亿元**,同比增长{i % 50}%。\n"
                    : $"---\ntitle: Investment in project {n}\nfigure: {n} hundred million yuan\n---\nInvestment of **{n} yi yuan** in project {n}, up {i % 50}% year on year.\n");
            }
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
