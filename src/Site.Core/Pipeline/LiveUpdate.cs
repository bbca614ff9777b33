using System.Collections.Immutable;
using Site.Core.Diagnostics;

namespace Site.Core.Pipeline;

/// <summary>What a step of `serve`'s quick rebuild did: every diagnostic, and the URLs of the pages it changed.</summary>
public sealed record LiveUpdate(IReadOnlyList<Diagnostic> Diagnostics, ImmutableArray<string> Pages)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}
