using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Validation;

/// <summary>
/// Each figure of a report is on the site once: two indicators (or two figures of one) that cite the
/// same words of the same paragraph as their figure would show one number as two. Every figure that
/// claims the same words is told, naming the others, as an editor adding a figure already listed under
/// another file's <c>figures:</c> needs to hear. A warning, not an error: the figure is still verified
/// and true; <c>new</c> refuses to write such a file, pull requests show the warning on the line, and the
/// real site's tests allow no warning at all. Runs on what <see cref="FigureOccursInQuote"/> proved.
/// </summary>
public sealed class FiguresAreCitedOnce : IRule
{
    public void Check(RuleContext context)
    {
        var cited = context.Site.Indicators
            .SelectMany(indicator => indicator.AllFigures.Select(figure => (Indicator: indicator, Figure: figure, Proof: context.Proofs.FigureOf(figure))))
            .Where(c => c.Proof is not null)
            .GroupBy(c => (c.Figure.Source.DocumentId, c.Figure.Source.ParagraphId, c.Proof!.Value.Range.Start, c.Proof.Value.Range.Length, c.Proof.Value.Written.Text))
            .Where(g => g.Count() > 1);
        foreach (var group in cited)
        {
            foreach (var (indicator, figure, _) in group)
            {
                var others = group.Where(c => c.Figure != figure).Select(c => Where(c.Indicator, c.Figure)).ToList();
                context.Diagnostics.Warning(
                    DiagnosticCodes.FigureCitedTwice,
                    figure.Spans[figure.ValueText is null ? Field.Unit : Field.Value],
                    new Message(
                        $"'{group.Key.Text}' in paragraph '{group.Key.ParagraphId}' is already cited by {string.Join(", ", others.Select(o => o.En))}",
                        $"段落“{group.Key.ParagraphId}”中的“{group.Key.Text}”已由{string.Join("、", others.Select(o => o.Zh))}收录"),
                    new Message(
                        "a figure is shown once: keep it where it belongs and remove the other, or cite a different figure",
                        "同一个数值在网站上只收录一次：请保留在合适的指标中，删去另一处，或者改为引用别的数值"));
            }
        }
    }

    private static Message Where(IndicatorInput indicator, FigureInput figure) =>
        figure.Relation != Model.FigureRelation.Headline
            ? new Message($"{indicator.Path} (figure '{figure.Label.En}')", $"{indicator.Path}（数值“{figure.Label.Zh}”）")
            : new Message(indicator.Path, indicator.Path);
}
