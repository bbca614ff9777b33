using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Pipeline;

/// <summary>The outcome of a build: every diagnostic, the resolved site (null when the input had errors), and what was produced.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Site, int FileCount, int PageCount)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The verified site the build rendered, when it got that far (`serve` starts its next rebuild from it).</summary>
    public VerifiedSite? Verified { get; init; }

    /// <summary>The previous output, moved aside and left to the caller to delete (<see cref="BuildOptions.DeletePreviousOutput"/> false).</summary>
    public string? PreviousOutput { get; init; }
}
