namespace Site.Core.Rendering;

/// <summary>
/// The kinds of page the site has. A kind names its layout in theme/layouts (and the body's
/// <c>page-{name}</c> class), and says how the page presents itself to the web: its Open Graph type and
/// whether search engines may index it.
/// </summary>
public sealed record PageKind(string Name, string OgType, bool Indexable)
{
    public static readonly PageKind Home = new("home", "website", Indexable: true);
    public static readonly PageKind Theme = new("theme", "website", Indexable: true);
    public static readonly PageKind Indicator = new("indicator", "article", Indexable: true);
    public static readonly PageKind Sources = new("sources", "website", Indexable: true);
    public static readonly PageKind Source = new("source", "website", Indexable: true);
    public static readonly PageKind Glossary = new("glossary", "website", Indexable: true);
    public static readonly PageKind About = new("about", "website", Indexable: true);
    public static readonly PageKind Data = new("data", "website", Indexable: true);
    public static readonly PageKind Search = new("search", "website", Indexable: true);

    /// <summary>The 404 page: served for unknown URLs, never a page anyone should land on from a search engine.</summary>
    public static readonly PageKind NotFound = new("not-found", "website", Indexable: false);

    /// <summary>The root language chooser, the one page not in a language folder.</summary>
    public static readonly PageKind Root = new("root", "website", Indexable: true);

    /// <summary>The layout in theme/layouts that renders this kind.</summary>
    public string Layout => Name;

    public override string ToString() => Name;
}
