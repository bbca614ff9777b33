using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Rendering;
using Site.Core.Resolving;
using Site.Core.Search;
using Site.Core.Validation;

namespace Site.Core.Pipeline;

/// <summary>
/// A site that passed every check and was resolved: what the plan, render, export and index stages read,
/// and what `serve` keeps between rebuilds (<see cref="LiveSite"/>) so that an edit redoes only what it touches.
/// </summary>
public sealed record VerifiedSite(
    SiteFiles Files,
    LoadedSite Loaded,
    Proofs Proofs,
    Resolution Resolution,
    SiteModel Site,
    TemplateSet Templates,
    Assets Assets,
    Synonyms Synonyms);
