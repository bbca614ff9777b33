namespace Site.Core.Rendering.Views;

/// <summary>An indicator in a list: its label, its latest headline figure with its period, and link.</summary>
public sealed record IndicatorCardView(string Id, string Label, string Url, FigureView Figure, string Period, int FigureCount, string ThemeTitle, string ThemeUrl);
