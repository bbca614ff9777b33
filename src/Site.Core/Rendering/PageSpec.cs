using Site.Core.Model;

namespace Site.Core.Rendering;

/// <summary>
/// One page of the site, described for any language: its kind, its URL in each language, and what it
/// shows in a language (<see cref="PageContent"/>, built from that language's <see cref="ViewFactory"/>).
/// </summary>
public sealed record PageSpec(PageKind Kind, Func<Language, string> Url, Func<ViewFactory, PageContent> Content)
{
    /// <summary>
    /// The page offered to readers whose language the site does not have (hreflang x-default): the root
    /// language chooser for the home pages, the source language's version for every other page.
    /// </summary>
    public string DefaultUrl => Kind == PageKind.Home ? Urls.Root : Url(Language.Source);
}
