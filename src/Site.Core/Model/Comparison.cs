namespace Site.Core.Model;

/// <summary>The basis a change is measured against: 同比 (year on year), 较上年 (on the previous year).</summary>
public sealed record Comparison(string Id, string Zh, string En);
