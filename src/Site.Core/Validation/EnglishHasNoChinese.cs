using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;
using Site.Core.Text;

namespace Site.Core.Validation;

/// <summary>
/// English text a reader sees has no Chinese characters: an untranslated phrase on an English page is
/// a missing translation. The Chinese original is shown separately, marked lang="zh-CN". Each error
/// points at the English text itself.
/// </summary>
public sealed class EnglishHasNoChinese : IRule
{
    public void Check(RuleContext context)
    {
        var diagnostics = context.Diagnostics;
        foreach (var indicator in context.Site.Indicators)
        {
            Check(indicator.Label.En, "label", indicator.Spans[Field.Label, Language.En], diagnostics);
            foreach (var observation in indicator.Observations)
            {
                Check(observation.Description.En, "description", observation.Spans[Field.Description, Language.En], diagnostics);
            }

            foreach (var figure in indicator.AllFigures)
            {
                if (figure.Relation != FigureRelation.Headline)
                {
                    Check(figure.Label.En, "figure label", figure.Spans[Field.Label, Language.En], diagnostics);
                }

                Check(figure.Source.Translation, "quote translation", figure.Spans[Field.Translation], diagnostics);
                Check(figure.Scope?.En, "scope", figure.Spans[Field.Scope, Language.En], diagnostics);
                Check(figure.Noun?.One, "noun", figure.Spans[Field.Noun], diagnostics);
                Check(figure.Noun?.Other, "noun", figure.Spans[Field.Noun], diagnostics);
            }
        }

        foreach (var document in context.Site.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                Check(paragraph.Translation, $"translation of paragraph '{paragraph.Id}'", paragraph.Spans[Field.Translation], diagnostics);
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
