namespace Site.Core.Rendering.Views;

/// <summary>One of an indicator's own files: its format's name and its address (which contains the indicator id).</summary>
public sealed record DownloadView(string Format, string Url);
