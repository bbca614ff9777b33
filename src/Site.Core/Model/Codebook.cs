using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>The codebook (data dictionary): what every column of the CSV files and every field of the JSON files means, in both languages (data/codebook.yaml).</summary>
public sealed record Codebook(ImmutableArray<CodebookEntry> Columns, ImmutableArray<CodebookEntry> Fields);
