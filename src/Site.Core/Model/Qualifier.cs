namespace Site.Core.Model;

/// <summary>A word next to a number that changes its meaning: 余, 超过, 达, 增长, 下降.</summary>
public sealed record Qualifier(string Id, string Zh, string En, QualifierPosition Position, Direction Direction);
