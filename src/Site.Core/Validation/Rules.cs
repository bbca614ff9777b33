using System.Collections.Immutable;

namespace Site.Core.Validation;

/// <summary>
/// Every validation rule, in the order their diagnostics are most useful to read. A rule may read what
/// an earlier one proved: <see cref="FigureOccursInQuote"/> looks for a figure only in a quote that
/// <see cref="QuoteIsVerbatim"/> found.
/// </summary>
public static class Rules
{
    public static ImmutableArray<IRule> All { get; } =
    [
        new IndicatorIdsAreUnique(),
        new PeriodsAreUnique(),
        new ReferencesExist(),
        new UnitIsTheSameEveryPeriod(),
        new DatesAreInOrder(),
        new FigureFitsItsUnit(),
        new QuoteIsVerbatim(),
        new FigureOccursInQuote(),
        new FiguresAreCitedOnce(),
        new EnglishHasNoChinese(),
        new TermsAreTranslated(),
        new ChinesePunctuation(),
        new InterfaceStringsAreDefined(),
    ];
}
