using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A quote occurs verbatim, exactly once, in its paragraph; where it stands is recorded, for the figure
/// rule and for every later stage. The comparison is exact; when a quote only differs in full-width vs
/// half-width punctuation, the hint says which characters to change, and otherwise where the quote
/// leaves the paragraph.
/// </summary>
public sealed class QuoteIsVerbatim : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                if (context.Site.FindParagraph(figure.Source) is { } paragraph)
                {
                    Check(paragraph, figure, context);
                }
            }
        }
    }

    private static void Check(ParagraphInput paragraph, FigureInput figure, RuleContext context)
    {
        var quote = figure.Source.Quote;
        var span = figure.Spans[Field.Quote];
        var positions = Occurrences.Positions(paragraph.Text, quote).ToList();
        if (positions.Count == 1)
        {
            context.Proofs.Quote(figure, new TextRange(positions[0], quote.Length));
            return;
        }

        if (positions.Count > 1)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.QuoteNotUnique,
                span,
                new Message(
                    $"the quote occurs {positions.Count} times in paragraph '{paragraph.Id}'; it must pick out one place",
                    $"引文在段落“{paragraph.Id}”中出现了{positions.Count}次；它只能对应段落中的一处"),
                new Message("quote a few more characters around the figure", "请在引文中多引用数值前后的几个字，使其在段落中只出现一次"));
            return;
        }

        context.Diagnostics.Error(
            DiagnosticCodes.QuoteNotFound,
            span,
            new Message($"the quote is not verbatim in paragraph '{paragraph.Id}'", $"引文与段落“{paragraph.Id}”的原文不一致"),
            ElsewhereHint(context.Site.FindDocument(figure.Source.DocumentId), paragraph, quote)
                ?? Punctuation.WidthHint(paragraph.Text, quote)
                ?? QuoteDivergence.Hint(paragraph.Text, quote)
                ?? new Message("copy the quote character for character from the paragraph in the source document", "请从报告的这个段落中逐字复制引文"));
    }

    // The quote as it is, in another paragraph of the same report: the paragraph id is what is wrong.
    private static Message? ElsewhereHint(DocumentInput? document, ParagraphInput cited, string quote)
    {
        var holding = document?.Paragraphs.Where(p => p.Id != cited.Id && p.Text.Contains(quote, StringComparison.Ordinal)).Select(p => p.Id).ToList();
        return holding is not { Count: > 0 }
            ? null
            : new Message(
                $"the quote is in paragraph {string.Join(", ", holding.Select(id => $"'{id}'"))}: cite that paragraph",
                $"这段引文在段落{string.Join("、", holding.Select(id => $"“{id}”"))}中：请把paragraph改为该段落");
    }
}
