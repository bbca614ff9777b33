namespace Site.BrowserTests.Support;

/// <summary>
/// One representative page of every page type, in both languages: the pages the accessibility and
/// layout tests visit. The indicator is the heaviest one (a table of related figures, many terms);
/// the 404 page is reached the way readers reach it, through a missing address.
/// </summary>
public static class PageTypes
{
    public static readonly IReadOnlyList<string> Languages = ["zh", "en"];

    public static readonly IReadOnlyList<(string Type, string Path)> Templates =
    [
        ("home", "/{0}/"),
        ("section theme", "/{0}/themes/innovation/"),
        ("sub-theme", "/{0}/themes/digital-transformation/"),
        ("indicator", "/{0}/indicators/digital-economy-tax-revenue/"),
        ("indicator with a parts chart", "/{0}/indicators/talent-hukou/"),
        ("indicator with a started and completed chart", "/{0}/indicators/elevator-retrofits/"),
        ("source list", "/{0}/sources/"),
        ("source document", "/{0}/sources/changning-2024-work-report/"),
        ("search", "/{0}/search/"),
        ("glossary", "/{0}/glossary/"),
        ("about", "/{0}/about/"),
        ("data", "/{0}/data/"),
        ("404", "/{0}/no-such-page/"),
    ];

    /// <summary>Every page type in both languages, and the root language chooser.</summary>
    public static IEnumerable<string> Paths() =>
        Languages.SelectMany(l => Templates.Select(t => string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Path, l))).Prepend("/");
}
