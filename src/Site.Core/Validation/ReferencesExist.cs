using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Loading;

namespace Site.Core.Validation;

/// <summary>
/// Every id an indicator or paragraph names (theme, unit, qualifier, basis, document, paragraph) exists.
/// Themes, units and documents are checked only when there are any: none means their file could not be
/// read (reported where it fails) or lists nothing (reported by the load stage), the build fails either
/// way, and one error there is clearer than one for every indicator that names them. Qualifiers and
/// comparisons may rightly be none, so a reference to one is always checked.
/// </summary>
public sealed class ReferencesExist : IRule
{
    public void Check(RuleContext context)
    {
        var site = context.Site;
        var diagnostics = context.Diagnostics;
        var subThemes = site.AllThemes.Where(t => !t.IsSection).Select(t => t.Id).ToList();
        var allThemes = site.AllThemes.Select(t => t.Id).ToList();
        foreach (var document in allThemes.Count == 0 || !context.ChecksReferenceData ? [] : site.Documents)
        {
            foreach (var paragraph in document.Paragraphs.Where(p => !allThemes.Contains(p.ThemeId)))
            {
                diagnostics.Error(
                    DiagnosticCodes.UnknownTheme,
                    paragraph.Spans[Field.Theme],
                    new Message($"paragraph '{paragraph.Id}' names unknown theme '{paragraph.ThemeId}'", $"段落“{paragraph.Id}”引用了未知的主题“{paragraph.ThemeId}”"),
                    Known(paragraph.ThemeId, allThemes, LoadThemes.Path));
            }
        }

        foreach (var indicator in context.Indicators)
        {
            if (allThemes.Count > 0 && !subThemes.Contains(indicator.ThemeId))
            {
                diagnostics.Error(
                    DiagnosticCodes.UnknownTheme,
                    indicator.Spans[Field.Theme],
                    new Message($"unknown theme '{indicator.ThemeId}'", $"未知的主题“{indicator.ThemeId}”"),
                    Known(indicator.ThemeId, subThemes, LoadThemes.Path));
            }

            foreach (var observation in indicator.Observations)
            {
                var headline = observation.Headline.Source;
                foreach (var figure in observation.AllFigures)
                {
                    // A further figure that cites the headline's paragraph (usually by inheriting it) is not
                    // told again what is wrong with that citation.
                    var ownCitation = figure == observation.Headline || figure.Source.DocumentId != headline.DocumentId || figure.Source.ParagraphId != headline.ParagraphId;
                    CheckFigure(site, figure, ownCitation, diagnostics);
                }
            }
        }
    }

    private static void CheckFigure(SiteInput site, FigureInput figure, bool checkCitation, DiagnosticBag diagnostics)
    {
        if (!site.Units.IsEmpty && !site.Units.ContainsKey(figure.UnitId))
        {
            diagnostics.Error(
                DiagnosticCodes.UnknownUnit,
                figure.Spans[Field.Unit],
                new Message($"unknown unit '{figure.UnitId}'", $"未知的单位“{figure.UnitId}”"),
                WrittenAsChinese(figure.UnitId, site.Units.Values.Select(u => (u.Id, u.Zh)), LoadUnits.Path)
                    ?? Known(figure.UnitId, site.Units.Keys, LoadUnits.Path));
        }

        if (figure.QualifierId is { } qualifier && !site.Qualifiers.ContainsKey(qualifier))
        {
            diagnostics.Error(
                DiagnosticCodes.UnknownQualifier,
                figure.Spans[Field.Qualifier],
                new Message($"unknown qualifier '{qualifier}'", $"未知的修饰词“{qualifier}”"),
                WrittenAsChinese(qualifier, site.Qualifiers.Values.Select(q => (q.Id, q.Zh)), LoadQualifiers.Path)
                    ?? Known(qualifier, site.Qualifiers.Keys, LoadQualifiers.Path));
        }

        if (figure.BasisId is { } basis && !site.Comparisons.ContainsKey(basis))
        {
            diagnostics.Error(
                DiagnosticCodes.UnknownComparison,
                figure.Spans[Field.Basis],
                new Message($"unknown basis of comparison '{basis}'", $"未知的比较基准“{basis}”"),
                Known(basis, site.Comparisons.Keys, LoadQualifiers.ComparisonsPath));
        }

        if (!checkCitation)
        {
            return;
        }

        var document = site.FindDocument(figure.Source.DocumentId);
        if (document is null)
        {
            if (site.Documents.IsEmpty)
            {
                return;
            }

            diagnostics.Error(
                DiagnosticCodes.UnknownDocument,
                figure.Spans[Field.Document],
                new Message($"unknown source document '{figure.Source.DocumentId}'", $"未知的报告“{figure.Source.DocumentId}”"),
                Known(figure.Source.DocumentId, site.Documents.Select(d => d.Id), LoadSources.Folder));
        }
        else if (document.FindParagraph(figure.Source.ParagraphId) is null)
        {
            diagnostics.Error(
                DiagnosticCodes.UnknownParagraph,
                figure.Spans[Field.Paragraph],
                new Message($"document '{document.Id}' has no paragraph '{figure.Source.ParagraphId}'", $"报告“{document.Id}”中没有段落“{figure.Source.ParagraphId}”"),
                document.Paragraphs.IsEmpty
                    ? new Message("the document has no paragraphs yet", "该报告中还没有任何段落")
                    : new Message(
                        $"its paragraphs are {document.Paragraphs[0].Id} to {document.Paragraphs[^1].Id}",
                        $"请使用该报告中的段落：{document.Paragraphs[0].Id}至{document.Paragraphs[^1].Id}"));
        }
    }

    // An editor who writes the report's own word (座, 余) where its id belongs is told the id.
    private static Message? WrittenAsChinese(string name, IEnumerable<(string Id, string Zh)> known, string file) =>
        known.FirstOrDefault(k => k.Zh == name) is { Id: { } id }
            ? new Message($"write the id, not the word: '{name}' is '{id}' (see {file})", $"这里要写标识，不是汉字：“{name}”的标识是“{id}”（见{file}）")
            : null;

    // The hint for an unknown id: the closest known one, if any, then every known one.
    private static Message Known(string name, IEnumerable<string> known, string file)
    {
        var list = known.Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return new Message($"{file} defines none yet", $"{file}中还没有定义任何可用的标识");
        }

        var closest = ClosestName.Find(name, list);
        return new Message(
            (closest is null ? string.Empty : $"did you mean '{closest}'? ") + "known: " + string.Join(", ", list),
            (closest is null ? string.Empty : $"您是否想写“{closest}”？") + "请使用已有的标识之一：" + string.Join("、", list));
    }
}
