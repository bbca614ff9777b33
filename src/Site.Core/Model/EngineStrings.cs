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
    public const string ChartSeriesTitle = "chart.series_title";
    public const string ChartShareTitle = "chart.share_title";
    public const string ChartPartsTitle = "chart.parts_title";
    public const string ChartStagesTitle = "chart.stages_title";
    public const string ChartStageStarted = "chart.stage_started";
    public const string ChartStageCompleted = "chart.stage_completed";
    public const string ChartNotItemised = "chart.not_itemised";
    public const string ChartShareRest = "chart.share_rest";
    public const string ChartAtLeast = "chart.at_least";
    public const string ChartItem = "chart.item";
    public const string ChartItemChange = "chart.item_change";
    public const string ChartSeparator = "chart.separator";
    public const string ChartEnd = "chart.end";
    public const string ChartWithNote = "chart.with_note";
    public const string ChartNoteBound = "chart.note_bound";
    public const string ChartNoteRemainder = "chart.note_remainder";
    public const string ChartNotePartsNotExact = "chart.note_parts_not_exact";
    public const string ChartNotePartsOverlap = "chart.note_parts_overlap";
    public const string ChartNoteStages = "chart.note_stages";
    public const string FeedTitle = "feed.title";
    public const string FeedSubtitle = "feed.subtitle";
    public const string FeedAdded = "feed.added";
    public const string FeedCorrected = "feed.corrected";
    public const string DataTitle = "data.title";
    public const string DataDescription = "data.description";

    public static ImmutableArray<string> All { get; } =
    [
        NavHome, GlossaryTitle, GlossaryDescription, AboutTitle, AboutDescription,
        SearchTitle, SearchDescription, NotFoundTitle, NotFoundDescription, ThemeDescription,
        CitedStart, CitedEnd, SourcesTitle, SourcesDescription,
        ChangeUp, ChangeDown, ChangeSame, ChangeFirst, NoChangeNotExact, NoChangeRank, NoChangeClaim, NoChangeOfChange,
        ChartSeriesTitle, ChartShareTitle, ChartPartsTitle, ChartStagesTitle, ChartStageStarted, ChartStageCompleted,
        ChartNotItemised, ChartShareRest, ChartAtLeast, ChartItem, ChartItemChange, ChartSeparator, ChartEnd, ChartWithNote,
        ChartNoteBound, ChartNoteRemainder, ChartNotePartsNotExact, ChartNotePartsOverlap, ChartNoteStages,
        FeedTitle, FeedSubtitle, FeedAdded, FeedCorrected, DataTitle, DataDescription,
    ];
}
