using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A quote occurs verbatim, exactly once, in its paragraph. The comparison is exact; when a quote only
/// differs in full-width vs half-width punctuation, the hint says which characters to change.
/// </summary>
public sealed class QuoteIsVerbatim : IRule
{
    public void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var indicator in site.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                var paragraph = site.FindDocument(figure.Source.DocumentId)?.FindParagraph(figure.Source.ParagraphId);
                if (paragraph is not null)
                {
                    Check(paragraph, figure, figure.SpanOf("quote", indicator.Span), diagnostics);
                }
            }
        }
    }

    private static void Check(Paragraph paragraph, Figure figure, SourceSpan span, DiagnosticBag diagnostics)
    {
        var quote = figure.Source.Quote;
        var count = Occurrences.Count(paragraph.Text, quote);
        if (count == 1)
        {
            return;
        }

        if (count > 1)
        {
            diagnostics.Error(
                DiagnosticCodes.QuoteNotUnique,
                span,
                $"the quote occurs {count} times in paragraph '{paragraph.Id}'; it must pick out one place",
                "quote a few more characters around the figure");
            return;
        }

        var widthHint = Punctuation.WidthDifference(paragraph.Text, quote);
        diagnostics.Error(
            DiagnosticCodes.QuoteNotFound,
            span,
            $"the quote is not verbatim in paragraph '{paragraph.Id}'",
            widthHint ?? "copy the quote character for character from the paragraph in the source document");
    }
}
