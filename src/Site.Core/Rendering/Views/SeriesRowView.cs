namespace Site.Core.Rendering.Views;

/// <summary>
/// One period of an indicator's series: the period, the figure as the report writes it and as English
/// renders it, its change since the previous period (or why none is shown), and where it is cited.
/// </summary>
public sealed record SeriesRowView(
    string Period,
    string PeriodIso,
    string Written,
    string English,
    string Change,
    bool ChangeComputed,
    string SourceTitle,
    string SourceUrl);
