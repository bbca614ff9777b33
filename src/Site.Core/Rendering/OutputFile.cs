namespace Site.Core.Rendering;

/// <summary>A file of the built site: its path under output/ ('/' separators) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
