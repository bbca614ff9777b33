using Site.Core.Diagnostics;
using Site.Core.Formatting;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// A figure's value and unit, as written, occur in its quote as a whole number: no digit or decimal
/// point directly before the number, so 306亿元 never matches 30 or 6, and the unit follows exactly, so
/// 30万 never matches 30亿. The basis of comparison (同比) must occur in the quote as well. Where the
/// figure stands in its paragraph is recorded for every later stage.
/// </summary>
public sealed class FigureOccursInQuote : IRule
{
    public void Check(RuleContext context)
    {
        var site = context.Site;
        foreach (var indicator in context.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                // A figure is only checked against a quote that stands: QuoteIsVerbatim reports the rest.
                if (!site.Units.TryGetValue(figure.UnitId, out var unit) || context.Proofs.QuoteOf(figure) is not { } quoteRange)
                {
                    continue;
                }

                Qualifier? qualifier = null;
                if (figure.QualifierId is { } qualifierId && !site.Qualifiers.TryGetValue(qualifierId, out qualifier))
                {
                    continue;
                }

                Check(context, figure, unit, qualifier, quoteRange);
            }
        }
    }

    private static void Check(RuleContext context, FigureInput figure, Unit unit, Qualifier? qualifier, TextRange quoteRange)
    {
        var written = WrittenForm.Of(figure.ValueText, figure.Value, unit, qualifier, figure.Scope);
        if (written is null)
        {
            return; // the figure's shape does not fit its unit; FigureFitsItsUnit reports it.
        }

        var quote = figure.Source.Quote;
        var at = written.IndexIn(quote);
        if (at < 0)
        {
            var near = figure.ValueText is not null && quote.Contains(written.Text, StringComparison.Ordinal)
                ? new Message($"'{written.Text}' occurs only as part of a longer number", $"“{written.Text}”只作为更长数字的一部分出现")
                : null;
            context.Diagnostics.Error(
                DiagnosticCodes.FigureNotInQuote,
                figure.Spans[figure.ValueText is null ? Field.Unit : Field.Value],
                new Message(
                    $"the figure as written, '{written.Text}', does not occur in the quote{(near is null ? string.Empty : ": " + near.En)}",
                    $"按所填内容写出的数值“{written.Text}”没有出现在引文中{(near is null ? string.Empty : "：" + near.Zh)}"),
                new Message(
                    "the value, qualifier and unit must match the quoted words exactly (6100余家 is value 6100, qualifier more-than, unit jia)",
                    "请使数值、修饰词和单位与引文逐字一致（例如6100余家应填value 6100、qualifier more-than、unit jia）"));
        }
        else
        {
            context.Proofs.Figure(figure, written, new TextRange(quoteRange.Start + at, written.Text.Length));
        }

        if (figure.BasisId is { } basisId && context.Site.Comparisons.TryGetValue(basisId, out var basis) && !quote.Contains(basis.Zh, StringComparison.Ordinal))
        {
            context.Diagnostics.Error(
                DiagnosticCodes.FigureNotInQuote,
                figure.Spans[Field.Basis],
                new Message($"the basis '{basis.Zh}' ({basis.Id}) does not occur in the quote", $"比较基准“{basis.Zh}”（{basis.Id}）没有出现在引文中"));
        }
    }
}
