using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Resolving;
using Site.Core.Validation;

namespace Site.Tests.Citing;

/// <summary>
/// The repository's own site, loaded, validated and resolved once per test class (not rendered: citing
/// needs the model only, and this keeps the tests apart from template work).
/// </summary>
public sealed class RealSite
{
    public RealSite()
    {
        var diagnostics = new DiagnosticBag();
        var input = LoadSite.Run(SiteFiles.Open(RepositoryRoot.Path), null, diagnostics);
        Assert.NotNull(input);
        var proofs = Validate.Run(input, diagnostics);
        Assert.False(diagnostics.HasErrors, "the real site should load and validate");
        Model = ResolveSite.Run(input, proofs);
    }

    public SiteModel Model { get; }
}
