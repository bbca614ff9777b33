using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Loading;

namespace Site.Core.Validation;

/// <summary>Every id an indicator or paragraph names (theme, unit, qualifier, basis, document, paragraph) exists.</summary>
public sealed class ReferencesExist : IRule
{
    public void Check(RuleContext context)
    {
        var site = context.Site;
        var diagnostics = context.Diagnostics;
        var subThemes = site.AllThemes.Where(t => !t.IsSection).Select(t => t.Id).ToList();
        var allThemes = site.AllThemes.Select(t => t.Id).ToList();
        foreach (var document in site.Documents)
        {
            foreach (var paragraph in document.Paragraphs.Where(p => !allThemes.Contains(p.ThemeId)))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTheme, paragraph.Spans[Field.Theme], $"paragraph '{paragraph.Id}' names unknown theme '{paragraph.ThemeId}'", Known(paragraph.ThemeId, allThemes));
            }
        }

        foreach (var indicator in site.Indicators)
        {
            if (!subThemes.Contains(indicator.ThemeId))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTheme, indicator.Spans[Field.Theme], $"unknown theme '{indicator.ThemeId}'", Known(indicator.ThemeId, subThemes));
            }

            foreach (var figure in indicator.AllFigures)
            {
                CheckFigure(site, figure, diagnostics);
            }
        }
    }

    private static void CheckFigure(SiteInput site, FigureInput figure, DiagnosticBag diagnostics)
    {
        if (!site.Units.ContainsKey(figure.UnitId))
        {
            diagnostics.Error(DiagnosticCodes.UnknownUnit, figure.Spans[Field.Unit], $"unknown unit '{figure.UnitId}'", Known(figure.UnitId, site.Units.Keys));
        }

        if (figure.QualifierId is { } qualifier && !site.Qualifiers.ContainsKey(qualifier))
        {
            diagnostics.Error(DiagnosticCodes.UnknownQualifier, figure.Spans[Field.Qualifier], $"unknown qualifier '{qualifier}'", Known(qualifier, site.Qualifiers.Keys));
        }

        if (figure.BasisId is { } basis && !site.Comparisons.ContainsKey(basis))
        {
            diagnostics.Error(DiagnosticCodes.UnknownComparison, figure.Spans[Field.Basis], $"unknown basis of comparison '{basis}'", Known(basis, site.Comparisons.Keys));
        }

        var document = site.FindDocument(figure.Source.DocumentId);
        if (document is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownDocument, figure.Spans[Field.Document], $"unknown source document '{figure.Source.DocumentId}'", Known(figure.Source.DocumentId, site.Documents.Select(d => d.Id)));
        }
        else if (document.FindParagraph(figure.Source.ParagraphId) is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownParagraph, figure.Spans[Field.Paragraph], $"document '{document.Id}' has no paragraph '{figure.Source.ParagraphId}'", $"its paragraphs are {document.Paragraphs[0].Id} to {document.Paragraphs[^1].Id}");
        }
    }

    private static string Known(string name, IEnumerable<string> known)
    {
        var list = known.Order(StringComparer.Ordinal).ToList();
        var closest = ClosestName.Find(name, list);
        return (closest is null ? string.Empty : $"did you mean '{closest}'? ") + "known: " + string.Join(", ", list);
    }
}
