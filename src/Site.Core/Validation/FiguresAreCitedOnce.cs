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
        // Every figure of the site, on every rebuild: found with one dictionary, and groups made only for
        // the words claimed twice (there are none on a good site).
        var first = new Dictionary<(string Document, string Paragraph, int Start, int Length, string Text), (IndicatorInput Indicator, FigureInput Figure)>(context.Proofs.FigureCount);
        var claimed = new Dictionary<(string Document, string Paragraph, int Start, int Length, string Text), List<(IndicatorInput Indicator, FigureInput Figure)>>();
        foreach (var indicator in context.Site.Indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                if (context.Proofs.FigureOf(figure) is not { } proof)
                {
                    continue;
                }

                var key = (figure.Source.DocumentId, figure.Source.ParagraphId, proof.Range.Start, proof.Range.Length, proof.Written.Text);
                if (first.TryAdd(key, (indicator, figure)))
                {
                    continue;
                }

                if (!claimed.TryGetValue(key, out var group))
                {
                    claimed[key] = group = [first[key]];
                }

                group.Add((indicator, figure));
            }
        }

        foreach (var (key, group) in claimed)
        {
            foreach (var (indicator, figure) in group)
            {
                var others = group.Where(c => c.Figure != figure).Select(c => Where(c.Indicator, c.Figure)).ToList();
                context.Diagnostics.Warning(
                    DiagnosticCodes.FigureCitedTwice,
                    figure.Spans[figure.ValueText is null ? Field.Unit : Field.Value],
                    new Message(
                        $"'{key.Text}' in paragraph '{key.Paragraph}' is already cited by {string.Join(", ", others.Select(o => o.En))}",
                        $"段落“{key.Paragraph}”中的“{key.Text}”已由{string.Join("、", others.Select(o => o.Zh))}收录"),
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
