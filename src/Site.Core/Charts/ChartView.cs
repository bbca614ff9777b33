using Site.Core.Rendering;

namespace Site.Core.Charts;

/// <summary>
/// One chart of an indicator page, drawn at build time: <see cref="Kind"/> is <c>series</c>, <c>share</c>,
/// <c>parts</c> or <c>stages</c>; <see cref="Svg"/> is the inline <c>&lt;svg&gt;</c> (every text in it
/// escaped); <see cref="Caption"/> a one-line caption; <see cref="Rows"/> the same data as a table, for
/// readers who cannot see the drawing and for print.
/// </summary>
public sealed record ChartView(string Kind, string Id, HtmlString Svg, string Caption, IReadOnlyList<ChartRow> Rows);
