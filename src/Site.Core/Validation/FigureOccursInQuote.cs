using Site.Core.Diagnostics;
using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A figure's value and unit, as written, occur in its quote as a whole number: no digit or decimal
/// point directly before the number, so 306亿元 never matches 30 or 6, and the unit follows exactly, so
/// 30万 never matches 30亿. The basis of comparison (同比) must occur in the quote as well.
/// </summary>
public sealed class FigureOccursInQuote : IRule
{
    public void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var indicator in site.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                if (!site.Units.TryGetValue(figure.UnitId, out var unit))
                {
                    continue;
                }

                Qualifier? qualifier = null;
                if (figure.QualifierId is { } qualifierId && !site.Qualifiers.TryGetValue(qualifierId, out qualifier))
                {
                    continue;
                }

                Check(site, figure, unit, qualifier, indicator.Span, diagnostics);
            }
        }
    }

    private static void Check(SiteModel site, Figure figure, Unit unit, Qualifier? qualifier, SourceSpan fallback, DiagnosticBag diagnostics)
    {
        var written = WrittenForm.Of(figure, unit, qualifier);
        if (written is null)
        {
            return; // the figure's shape does not fit its unit; FigureFitsItsUnit reports it.
        }

        var quote = figure.Source.Quote;
        var paragraph = site.FindDocument(figure.Source.DocumentId)?.FindParagraph(figure.Source.ParagraphId);
        if (paragraph is null || Occurrences.Count(paragraph.Text, quote) != 1)
        {
            return; // QuoteIsVerbatim reports the quote; a figure is only checked against a quote that stands.
        }

        if (WrittenForm.IndexIn(quote, figure, unit, qualifier) < 0)
        {
            var span = figure.SpanOf(figure.ValueText is null ? "unit" : "value", fallback);
            var near = figure.ValueText is not null && quote.Contains(written, StringComparison.Ordinal)
                ? $"'{written}' occurs only as part of a longer number"
                : null;
            diagnostics.Error(
                DiagnosticCodes.FigureNotInQuote,
                span,
                $"the figure as written, '{written}', does not occur in the quote{(near is null ? string.Empty : ": " + near)}",
                "the value, qualifier and unit must match the quoted words exactly (6100余家 is value 6100, qualifier more-than, unit jia)");
        }

        if (figure.BasisId is { } basisId && site.Comparisons.TryGetValue(basisId, out var basis) && !quote.Contains(basis.Zh, StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.FigureNotInQuote, figure.SpanOf("basis", fallback), $"the basis '{basis.Zh}' ({basis.Id}) does not occur in the quote");
        }
    }
}
