namespace Site.Core.Charts;

/// <summary>
/// One segment of a parts chart: a named part, or the remainder the named parts leave out. <see cref="DataValue"/>
/// is the value as data writes it (for <c>data-value</c>); <see cref="Mark"/> and <see cref="Written"/> as the
/// page writes it, short on the drawing and in full in the table.
/// </summary>
internal sealed record PartSegment(string Label, decimal Value, string DataValue, string Mark, string Written, string CssClass);
