using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A quote occurs verbatim, exactly once, in its paragraph; where it stands is recorded, for the figure
/// rule and for every later stage. The comparison is exact; when a quote only differs in full-width vs
/// half-width punctuation, the hint says which characters to change.
/// </summary>
public sealed class QuoteIsVerbatim : IRule
{
    public void Check(RuleContext context)
    {
        foreach (var indicator in context.Site.Indicators)
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
                $"the quote occurs {positions.Count} times in paragraph '{paragraph.Id}'; it must pick out one place",
                "quote a few more characters around the figure");
            return;
        }

        var widthHint = Punctuation.WidthDifference(paragraph.Text, quote);
        context.Diagnostics.Error(
            DiagnosticCodes.QuoteNotFound,
            span,
            $"the quote is not verbatim in paragraph '{paragraph.Id}'",
            widthHint ?? "copy the quote character for character from the paragraph in the source document");
    }
}
