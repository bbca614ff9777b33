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
        foreach (var indicator in context.Indicators)
        {
            Check(indicator.Label.En, new Message("label", "英文名称"), indicator.Spans[Field.Label, Language.En], diagnostics);
            foreach (var observation in indicator.Observations)
            {
                Check(observation.Description.En, new Message("description", "英文说明"), observation.Spans[Field.Description, Language.En], diagnostics);
            }

            foreach (var figure in indicator.AllFigures)
            {
                if (figure.Relation != FigureRelation.Headline)
                {
                    Check(figure.Label.En, new Message("figure label", "数值的英文名称"), figure.Spans[Field.Label, Language.En], diagnostics);
                }

                Check(figure.Source.Translation, new Message("quote translation", "引文的英文译文"), figure.Spans[Field.Translation], diagnostics);
                Check(figure.Scope?.En, new Message("scope", "英文范围（scope）"), figure.Spans[Field.Scope, Language.En], diagnostics);
                Check(figure.Noun?.One, new Message("noun", "英文名词（noun）"), figure.Spans[Field.Noun], diagnostics);
                Check(figure.Noun?.Other, new Message("noun", "英文名词（noun）"), figure.Spans[Field.Noun], diagnostics);
            }
        }

        foreach (var document in context.ReferenceDocuments)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                Check(paragraph.Translation, new Message($"translation of paragraph '{paragraph.Id}'", $"段落“{paragraph.Id}”的英文译文"), paragraph.Spans[Field.Translation], diagnostics);
            }
        }
    }

    // What is checked is named in English as the English sentence needs it ("label"), in Chinese whole ("英文名称").
    private static void Check(string? text, Message what, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return;
        }

        var at = Cjk.IndexOf(text);
        if (at >= 0)
        {
            var run = Cjk.RunAt(text, at);
            diagnostics.Error(
                DiagnosticCodes.ChineseInEnglish,
                span,
                new Message($"the English {what.En} contains Chinese text ('{run}')", $"{what.Zh}中含有中文“{run}”"),
                new Message(
                    "translate it; a programme name takes its English name from data/glossary.yaml",
                    "请把它译成英文；项目名称请使用data/glossary.yaml中的英文名"));
        }
    }
}
