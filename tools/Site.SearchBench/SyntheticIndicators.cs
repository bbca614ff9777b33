using System.Globalization;
using System.Text;

namespace Site.SearchBench;

/// <summary>
/// Writes a site root with the repository's data, theme and 44 real indicators plus N synthetic ones.
/// The synthetic indicators are made of the report's own vocabulary, so the index has realistic words
/// and sizes: each cites a sentence "{a clause of the report},{two names}项目投入{n}{unit}" of a generated
/// source document (five indicators a paragraph, as in the report), with an English label, description
/// and translation assembled the same way from the report's translations and the glossary's names.
/// Deterministic for a given seed.
/// </summary>
internal static class SyntheticIndicators
{
    private static readonly string[] Themes =
        ["science-technology", "digital-transformation", "talent", "city-renewal", "living-environment", "green-low-carbon", "city-management", "social-governance", "public-safety"];

    private static readonly (string Id, string Zh, string En)[] Units = [("yi-yuan", "亿元", "billion yuan"), ("km", "公里", "km"), ("people", "人", "people")];

    public static void Write(string repository, string root, int count, int seed)
    {
        foreach (var folder in new[] { "theme", "data", "input" })
        {
            Copy(Path.Combine(repository, folder), Path.Combine(root, folder));
        }

        var vocabulary = Vocabulary.Load(repository);
        var random = new Random(seed);
        var source = new StringBuilder("""
            id: synthetic-report
            title: { zh: 合成工作报告, en: Synthetic work report }
            short_title: { zh: 合成报告, en: Synthetic report }
            issuer: { zh: 合成数据, en: Synthetic data }
            speaker: { zh: 合成数据, en: Synthetic data }
            occasion: { zh: 合成数据, en: Synthetic data }
            part: { zh: 全部, en: All }
            provenance: { zh: 为测量搜索而生成的数据。, en: Data generated to measure search. }
            date: 2024-01-16
            paragraphs:

            """);
        const int perParagraph = 5;
        for (var first = 1; first <= count; first += perParagraph)
        {
            var paragraph = $"s{first / perParagraph + 1}";
            var theme = Themes[random.Next(Themes.Length)];
            var heading = $"第{first / perParagraph + 1}部分。";
            var zh = new StringBuilder(heading);
            var en = new StringBuilder($"Part {first / perParagraph + 1}.");
            for (var i = first; i < first + perParagraph && i <= count; i++)
            {
                var (a, b) = (vocabulary.Names[random.Next(vocabulary.Names.Length)], vocabulary.Names[random.Next(vocabulary.Names.Length)]);
                var unit = Units[random.Next(Units.Length)];
                var value = (100 + i).ToString(CultureInfo.InvariantCulture);
                var quote = $"{a.Zh}{b.Zh}项目投入{value}{unit.Zh}";
                var translation = $"{value} {unit.En} put into {a.En} and {b.En} projects";
                zh.Append(vocabulary.Clauses[random.Next(vocabulary.Clauses.Length)]).Append(',').Append(quote).Append('。');
                en.Append(' ').Append(vocabulary.Sentences[random.Next(vocabulary.Sentences.Length)]).Append(' ').Append(Capital(translation)).Append('.');
                File.WriteAllText(Path.Combine(root, "input", $"synthetic-{i}.yaml"), $"""
                    id: synthetic-{i}
                    theme: {theme}
                    label: {Flow(a.Zh + b.Zh + "项目投入", $"Input into {a.En} and {b.En} projects")}
                    description: {Flow($"全年{a.Zh}{b.Zh}项目投入{value}{unit.Zh}。", $"During the year {Capital(translation)}.")}
                    value: {value}
                    unit: {unit.Id}
                    period: 2023
                    source:
                      document: synthetic-report
                      paragraph: {paragraph}
                      quote: {quote}
                      translation: {Quoted(translation)}

                    """);
            }

            source.Append(CultureInfo.InvariantCulture, $"""
                  - id: {paragraph}
                    theme: {theme}
                    heading: {heading}
                    text: {Quoted(zh.ToString())}
                    translation: {Quoted(en.ToString())}

                """);
        }

        File.WriteAllText(Path.Combine(root, "data", "sources", "synthetic-report.yaml"), source.ToString());
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Flow(string zh, string en) => $"{{ zh: {Quoted(zh)}, en: {Quoted(en)} }}";

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

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
