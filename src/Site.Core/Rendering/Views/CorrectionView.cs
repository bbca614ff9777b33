namespace Site.Core.Rendering.Views;

/// <summary>A correction as an indicator page lists it.</summary>
public sealed record CorrectionView(string Date, string DateIso, string What, string Why);
