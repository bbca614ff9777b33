using System.Collections.Immutable;
using Site.Core.Formatting;
using Site.Core.Model;

namespace Site.Core.Authoring;

/// <summary>
/// Reads the figures a quote writes: every whole number (digits with at most one decimal point, not
/// part of a longer number) followed by a known unit, with the qualifier that stands next to it. Each
/// candidate is built with <see cref="WrittenForm"/> and kept only when its written form stands at
/// that place in the quote, so what <c>new</c> proposes is what <c>check</c> accepts. Where several
/// forms fit (302台 and 达302台), the longest wins: it says the most about the number.
/// </summary>
public static class FindFigures
{
    public static ImmutableArray<QuotedFigure> In(string quote, IEnumerable<Unit> units, IEnumerable<Qualifier> qualifiers, IEnumerable<Comparison> comparisons)
    {
        var numeric = units.Where(u => u.Format is not (UnitFormat.Claim or UnitFormat.Ordinal)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        Qualifier?[] around = [null, .. qualifiers.OrderBy(q => q.Id, StringComparer.Ordinal)];
        var bases = comparisons.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var result = ImmutableArray.CreateBuilder<QuotedFigure>();
        foreach (var (start, text) in Numbers(quote))
        {
            var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            var best = numeric
                .SelectMany(unit => around.Select(qualifier => (Unit: unit, Qualifier: qualifier, Written: WrittenForm.Of(text, value, unit, qualifier, null))))
                .Where(c => c.Written is not null && StandsAt(quote, start - c.Written.Before.Length, c.Written.Text))
                .OrderByDescending(c => c.Written!.Text.Length)
                .FirstOrDefault();
            if (best.Written is not null)
            {
                // A change (增长, 下降) is measured against something: the first basis the quote names.
                var basis = best.Qualifier is { Direction: not Direction.None } ? bases.FirstOrDefault(b => quote.Contains(b.Zh, StringComparison.Ordinal)) : null;
                result.Add(new QuotedFigure(text, best.Unit, best.Qualifier, basis, start - best.Written.Before.Length, best.Written));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The whole numbers in <paramref name="text"/> as written, with where each starts.</summary>
    public static IEnumerable<(int Start, string Text)> Numbers(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            yield return (start, text[start..i]);
        }
    }

    private static bool StandsAt(string quote, int at, string written) =>
        at >= 0 && quote.AsSpan(at).StartsWith(written, StringComparison.Ordinal);
}
