namespace Site.Core.Model;

/// <summary>A correction to an indicator's published data: when, what changed, and why, in both languages.</summary>
public sealed record Correction(DateOnly Date, LocalizedText What, LocalizedText Why);
