using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Text;

namespace Site.Core.Validation;

/// <summary>
/// English text a reader sees has no Chinese characters: an untranslated phrase on an English page is
/// a missing translation. The Chinese original is shown separately, marked lang="zh-CN".
/// </summary>
public sealed class EnglishHasNoChinese : IRule
{
    public void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var indicator in site.Indicators)
        {
            Check(indicator.Label.En, "label", indicator.Span, diagnostics);
            Check(indicator.Description.En, "description", indicator.Span, diagnostics);
            foreach (var figure in indicator.AllFigures)
            {
                if (figure.Relation != FigureRelation.Headline)
                {
                    Check(figure.Label.En, "figure label", indicator.Span, diagnostics);
                }

                Check(figure.Source.Translation, "quote translation", figure.SpanOf("translation", indicator.Span), diagnostics);
                Check(figure.Scope?.En, "scope", figure.SpanOf("scope", indicator.Span), diagnostics);
                Check(figure.Noun?.One, "noun", figure.SpanOf("noun", indicator.Span), diagnostics);
                Check(figure.Noun?.Other, "noun", figure.SpanOf("noun", indicator.Span), diagnostics);
            }
        }

        foreach (var document in site.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                Check(paragraph.Translation, $"translation of paragraph '{paragraph.Id}'", new SourceSpan(document.Path, paragraph.Line, 1), diagnostics);
            }
        }
    }

    private static void Check(string? text, string what, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return;
        }

        var at = Cjk.IndexOf(text);
        if (at >= 0)
        {
            diagnostics.Error(
                DiagnosticCodes.ChineseInEnglish,
                span,
                $"the English {what} contains Chinese text ('{Cjk.RunAt(text, at)}')",
                "translate it; a programme name takes its English name from data/glossary.yaml");
        }
    }
}
