namespace Site.Bench;

/// <summary>
/// What <c>site serve</c> did on the synthetic site: the first build until it served, each indicator edit
/// and each template edit from the file's write to the first HTTP response showing it (with the rebuild
/// time the CLI itself printed; for an edit, also the time it printed for the rest of the site), and the
/// server's peak memory.
/// </summary>
internal sealed record ServeResult(
    int Indicators,
    bool Search,
    double StartSeconds,
    IReadOnlyList<double> EditSeconds,
    IReadOnlyList<double> EditRebuildSeconds,
    IReadOnlyList<double> EditCompletionSeconds,
    IReadOnlyList<double> TemplateSeconds,
    IReadOnlyList<double> TemplateRebuildSeconds,
    double PeakMb);
