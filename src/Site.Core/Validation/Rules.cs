using System.Collections.Immutable;

namespace Site.Core.Validation;

/// <summary>Every validation rule, in the order their diagnostics are most useful to read.</summary>
public static class Rules
{
    public static ImmutableArray<IRule> All { get; } =
    [
        new IndicatorIdsAreUnique(),
        new ReferencesExist(),
        new FigureFitsItsUnit(),
        new QuoteIsVerbatim(),
        new FigureOccursInQuote(),
        new EnglishHasNoChinese(),
        new InterfaceStringsAreDefined(),
    ];
}
