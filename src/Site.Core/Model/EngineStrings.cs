using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// The interface strings the engine reads from C# (page titles and descriptions, screen-reader words),
/// named once: the page plan reads them by these names and validation checks that both languages define
/// them. Templates read theirs with <c>tr</c>, which fails the page on a missing key.
/// </summary>
public static class EngineStrings
{
    public const string NavHome = "nav.home";
    public const string GlossaryTitle = "glossary.title";
    public const string GlossaryDescription = "glossary.description";
    public const string AboutTitle = "about.title";
    public const string AboutDescription = "about.description";
    public const string SearchTitle = "search.title";
    public const string SearchDescription = "search.description";
    public const string NotFoundTitle = "notfound.title";
    public const string NotFoundDescription = "notfound.description";
    public const string ThemeDescription = "theme.description";
    public const string CitedStart = "indicator.cited_start";
    public const string CitedEnd = "indicator.cited_end";
    public const string SourcesTitle = "sources.title";
    public const string SourcesDescription = "sources.description";
    public const string ChangeUp = "series.up";
    public const string ChangeDown = "series.down";
    public const string ChangeSame = "series.same";
    public const string ChangeFirst = "series.first";
    public const string NoChangeNotExact = "series.note_not_exact";
    public const string NoChangeRank = "series.note_rank";
    public const string NoChangeClaim = "series.note_claim";
    public const string NoChangeOfChange = "series.note_change_of_change";

    public static ImmutableArray<string> All { get; } =
    [
        NavHome, GlossaryTitle, GlossaryDescription, AboutTitle, AboutDescription,
        SearchTitle, SearchDescription, NotFoundTitle, NotFoundDescription, ThemeDescription,
        CitedStart, CitedEnd, SourcesTitle, SourcesDescription,
        ChangeUp, ChangeDown, ChangeSame, ChangeFirst, NoChangeNotExact, NoChangeRank, NoChangeClaim, NoChangeOfChange,
    ];
}
