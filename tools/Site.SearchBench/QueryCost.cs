namespace Site.SearchBench;

/// <summary>What one search on the search page downloaded from the Pagefind bundle, by kind of file.</summary>
internal sealed record QueryCost(string Lang, string Query, int Results, IReadOnlyDictionary<string, (int Files, long Bytes)> ByKind)
{
    public long Total => ByKind.Values.Sum(v => v.Bytes);

    /// <summary>The part that depends on the size of the site: the metadata, index chunks, filters and fragments.</summary>
    public long Index => ByKind.Where(k => k.Key is not ("script" or "wasm")).Sum(k => k.Value.Bytes);

    public static string KindOf(string path) =>
        path.Contains("/index/", StringComparison.Ordinal) ? "index"
        : path.Contains("/fragment/", StringComparison.Ordinal) ? "fragment"
        : path.Contains("/filter/", StringComparison.Ordinal) ? "filter"
        : path.EndsWith(".pf_meta", StringComparison.Ordinal) || path.EndsWith("pagefind-entry.json", StringComparison.Ordinal) ? "meta"
        : path.EndsWith(".pagefind", StringComparison.Ordinal) ? "wasm"
        : "script";
}
