namespace Site.Bench;

/// <summary>A piece of report text and its English rendering.</summary>
internal sealed record Phrase(string Zh, string En);
