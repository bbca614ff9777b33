namespace Site.Core.Rendering.Views;

/// <summary>An indicator in a list: its label, headline figure and link.</summary>
public sealed record IndicatorCardView(string Id, string Label, string Url, FigureView Figure, int FigureCount, string ThemeTitle, string ThemeUrl);
