namespace Site.Core.Charts;

/// <summary>One row of a chart's data table: what a mark stands for, and its value as the page writes it.</summary>
public sealed record ChartRow(string Label, string Value);
