using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Loading;
using Site.Core.Model;

namespace Site.Core.Authoring;

/// <summary>
/// The authoring stage behind <c>site new</c>: from an id and the words an indicator cites, a new
/// indicator file. It finds the paragraph (when not given) and the figure in the quote, takes the theme
/// from the paragraph and the period from the report's date, and writes everything it can know; what
/// only an editor can write (the English, the descriptions) is left blank for <c>check</c> to ask for.
/// It proposes; <c>check</c> decides: the caller verifies the draft with the same rules as a build.
/// </summary>
public static class DraftIndicator
{
    public static DraftResult Run(SiteInput site, DraftRequest request, string? schemaReference)
    {
        if (!Ids.IsKebabCase(request.Id))
        {
            return DraftResult.Refused(Ids.NotKebabCase(new Message("indicator", "指标"), request.Id), Ids.KebabCaseHint(request.Id));
        }

        if (FindDocument(site, request.DocumentId) is not { } document)
        {
            return DraftResult.Refused(
                new Message($"no source document has the id '{request.DocumentId}'", $"没有id为“{request.DocumentId}”的报告"),
                new Message($"the documents are: {string.Join(", ", site.Documents.Select(d => d.Id))}", $"现有报告：{string.Join("、", site.Documents.Select(d => d.Id))}"));
        }

        var paragraphId = request.ParagraphId;
        if (paragraphId.Length == 0)
        {
            var holding = document.Paragraphs.Where(p => p.Text.Contains(request.Quote, StringComparison.Ordinal)).ToList();
            if (holding.Count != 1)
            {
                return holding.Count == 0
                    ? DraftResult.Refused(
                        new Message($"no paragraph of '{document.Id}' contains the quote", $"报告“{document.Id}”中没有任何段落包含这段引文"),
                        Nearest(document, request.Quote)
                            ?? new Message("copy the words from the report's file in data/sources/ exactly, punctuation and spaces included", "请从data/sources/中该报告的文件里原样复制引文，标点和空格也要一致"))
                    : DraftResult.Refused(
                        new Message($"the quote occurs in {holding.Count} paragraphs: {string.Join(", ", holding.Select(p => p.Id))}", $"这段引文出现在{holding.Count}个段落中：{string.Join("、", holding.Select(p => p.Id))}"),
                        new Message("name the one you mean with --paragraph, or quote more words", "请用--paragraph指明段落，或者多引几个字"));
            }

            paragraphId = holding[0].Id;
        }

        var figures = FindFigures.In(request.Quote, site.Units.Values, site.Qualifiers.Values, site.Comparisons.Values);
        if (figures.IsEmpty)
        {
            return FindFigures.Numbers(request.Quote).Select(n => n.Text).ToList() is { Count: > 0 } numbers
                ? DraftResult.Refused(
                    new Message($"no known unit follows {string.Join(", ", numbers)} in the quote", $"引文中的{string.Join("、", numbers)}后面没有已知的单位"),
                    new Message(
                        "quote the number with the unit after it (完工302台); if the report counts in a unit data/units.yaml does not list, ask a maintainer to add it",
                        "引文要包括数字和紧跟其后的单位（例如“完工302台”）；如果报告用的单位data/units.yaml中没有，请联系维护人员添加"))
                : DraftResult.Refused(
                    new Message("the quote has no number written in digits", "引文中没有用阿拉伯数字写的数值"),
                    new Message(
                        "the site records figures the report writes in digits (302台, 18%); a number in Chinese numerals (三期) is not one: quote another figure",
                        "本站只收录报告中用阿拉伯数字写的数值（如302台、18%）；用汉字写的数（如“三期”）不在其列，请换一条引文"));
        }

        // Indicators belong to sub-themes: a paragraph under a section with several leaves the choice to the editor.
        var paragraph = document.FindParagraph(paragraphId);
        var section = paragraph is null ? null : site.FindTheme(paragraph.ThemeId);
        var choices = section is { IsSection: true, Children.IsEmpty: false } ? section.Children.Select(t => t.Id).ToImmutableArray() : [];
        var themeId = request.ThemeId ?? (choices.Length == 1 ? choices[0] : choices.IsEmpty ? paragraph?.ThemeId ?? string.Empty : string.Empty);
        var listed = choices.IsEmpty ? [.. site.AllThemes.Where(t => !t.IsSection).Select(t => t.Id)] : choices;
        var period = request.Period ?? document.Date.Year - 1;
        var path = $"{LoadIndicators.Folder}/{request.Id}.yaml";
        var draft = new IndicatorDraft(path, string.Empty, string.Empty, document.Id, paragraphId, themeId, period, figures[0], figures.RemoveAt(0));
        return DraftResult.Of(draft with
        {
            Text = Write(draft, request, document, schemaReference, listed, filled: false),
            FilledText = Write(draft, request, document, schemaReference, listed, filled: true),
        });
    }

    private static DocumentInput? FindDocument(SiteInput site, string? id) =>
        id is null ? site.Documents.OrderByDescending(d => d.Date).FirstOrDefault() : site.FindDocument(id);

    // For a quote no paragraph holds: where it leaves the paragraph it follows furthest (or which marks
    // differ only in width), so an editor sees the one character to fix.
    private static Message? Nearest(DocumentInput document, string quote)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            if (Validation.Punctuation.WidthHint(paragraph.Text, quote) is { } width)
            {
                return Prefixed(paragraph.Id, width);
            }
        }

        var best = document.Paragraphs
            .Select(p => (p.Id, Hint: Validation.QuoteDivergence.Hint(p.Text, quote), Matched: Validation.QuoteDivergence.Matched(p.Text, quote)))
            .Where(p => p.Hint is not null)
            .OrderByDescending(p => p.Matched)
            .FirstOrDefault();
        return best.Hint is null ? null : Prefixed(best.Id, best.Hint);
    }

    private static Message Prefixed(string paragraphId, Message hint) =>
        new($"closest is paragraph '{paragraphId}': {hint.En}", $"最接近的是段落“{paragraphId}”：{hint.Zh}");

    // The file, Chinese first in every comment (editors read Chinese first). With filled, the blanks carry
    // placeholders, on the same lines, so positions found in the filled text hold for the real one.
    private static string Write(IndicatorDraft draft, DraftRequest request, DocumentInput document, string? schemaReference, ImmutableArray<string> themes, bool filled)
    {
        var figure = draft.Figure;
        string Blank(string placeholder) => filled ? YamlScalar.Write(placeholder) : "\"\"";
        var label = request.Quote[..figure.Start].TrimEnd('，', '、', '；', '。', '：', ' ');
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        if (schemaReference is not null)
        {
            Line($"# yaml-language-server: $schema={schemaReference}");
        }

        Line("# 新指标（由 site new 生成）：请填写每个空着的 \"\"，然后运行 check。");
        Line("# A new indicator (written by site new): fill in every empty \"\", then run check.");
        Line($"id: {request.Id}");
        Line(draft.ThemeId.Length > 0
            ? $"theme: {YamlScalar.Write(draft.ThemeId)}"
            : $"theme: {(filled && !themes.IsEmpty ? themes[0] : "\"\"")}  # 选一个 / choose one: {string.Join(", ", themes)}");
        Line($"added: {request.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Line($"updated: {request.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Line("label:");
        Line(label.Length > 0
            ? $"  zh: {YamlScalar.Write(label)}  # 取自引文，请核对 / from the quote: check it"
            : $"  zh: {Blank("草稿")}  # 指标名称 / the indicator's name in Chinese");
        Line($"  en: {Blank("Draft")}  # 指标的英文名称 / the indicator's name in English");
        Line("description:");
        Line($"  zh: {Blank("草稿。")}  # 用一句话说明这个数值 / one sentence about the figure, in Chinese");
        Line($"  en: {Blank("Draft.")}  # 同一句话的英文 / the same sentence in English");
        Line($"value: {figure.ValueText}"); // digits as written: the loader keeps them as text
        Line($"unit: {figure.Unit.Id}");
        if (figure.Qualifier is { } qualifier)
        {
            Line($"qualifier: {qualifier.Id}");
        }

        if (figure.Basis is { } basis)
        {
            Line($"basis: {basis.Id}");
        }

        if (figure.Unit.NeedsNoun)
        {
            Line($"noun: {{ one: {Blank("item")}, other: {Blank("items")} }}  # “{figure.Unit.Zh}”所计数事物的英文名词，单数和复数 / the English noun counted, singular and plural");
        }

        Line(request.Period is null
            ? $"period: {draft.Period}  # 报告日期（{document.Date:yyyy-MM-dd}）的上一年 / the year before the report's date"
            : $"period: {draft.Period}");
        Line("source:");
        Line($"  document: {document.Id}");
        Line($"  paragraph: {draft.ParagraphId}");
        Line($"  quote: {YamlScalar.Write(request.Quote)}");
        Line($"  translation: {Blank("draft")}  # 引文的英文译文 / the quote in English");
        if (!draft.Others.IsEmpty)
        {
            Line("# 引文中还有这些数值，可以在 figures: 下添加 / the quote has further figures, which figures: can list:");
            foreach (var other in draft.Others)
            {
                Line($"#   {other.Written.Text}: value {other.ValueText}, unit {other.Unit.Id}{(other.Qualifier is { } q ? $", qualifier {q.Id}" : string.Empty)}{(other.Basis is { } b ? $", basis {b.Id}" : string.Empty)}");
            }
        }

        return text.ToString();
    }
}
