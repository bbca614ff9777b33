using System.Collections.Immutable;

namespace Site.Screenshots;

/// <summary>
/// The main pages of the site in both languages, at a desktop (1280 px) and a phone (360 px) width,
/// plus the home and an indicator page in the dark scheme, and what a link to a report paragraph shows first.
/// </summary>
internal static class ShotList
{
    private static readonly ImmutableArray<(string Name, string Path)> Pages =
    [
        ("home", "/{0}/"),
        ("theme-section", "/{0}/themes/innovation/"),
        ("theme", "/{0}/themes/urban-renewal/"),
        ("indicator", "/{0}/indicators/digital-economy-tax-revenue/"),
        ("indicator-rank", "/{0}/indicators/online-handling-rate-rank/"),
        ("source", "/{0}/sources/changning-2024-work-report/"),
        ("glossary", "/{0}/glossary/"),
        ("about", "/{0}/about/"),
        ("search", "/{0}/search/?q={1}"),
        ("not-found", "/{0}/no-such-page/"),
    ];

    private static readonly ImmutableArray<(string Name, string Path)> ExamplePages =
    [
        ("home", "/{0}/"),
        ("series", "/{0}/indicators/lift-retrofits/"),
        ("series-note", "/{0}/indicators/new-enterprises/"),
        ("sources", "/{0}/sources/"),
    ];

    private static readonly ImmutableArray<string> Languages = ["zh", "en"];

    private static readonly ImmutableArray<int> Widths = [1280, 360];

    /// <summary>The two-reports example's own pages: a series with a change, one with a note, the list of reports.</summary>
    public static ImmutableArray<Shot> Example() =>
    [
        .. Languages.SelectMany(lang => Widths.SelectMany(width => ExamplePages.Select(p =>
            new Shot($"example-{lang}-{p.Name}", string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Path, lang), width, "light")))),
        new Shot("example-en-series", "/en/indicators/lift-retrofits/", 360, "dark"),
    ];

    public static ImmutableArray<Shot> All()
    {
        var shots = ImmutableArray.CreateBuilder<Shot>();
        shots.Add(new Shot("root", "/index.html", 1280, "light"));
        shots.Add(new Shot("root", "/index.html", 360, "light"));
        foreach (var lang in new[] { "zh", "en" })
        {
            var query = Uri.EscapeDataString(lang == "zh" ? "电梯" : "elevator");
            foreach (var (name, pattern) in Pages)
            {
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, lang, query);
                shots.Add(new Shot($"{lang}-{name}", path, 1280, "light"));
                shots.Add(new Shot($"{lang}-{name}", path, 360, "light"));
            }

            shots.Add(new Shot($"{lang}-home", $"/{lang}/", 1280, "dark"));
            shots.Add(new Shot($"{lang}-indicator", $"/{lang}/indicators/digital-economy-tax-revenue/", 360, "dark"));
            // Where "read this paragraph in the full report" lands.
            shots.Add(new Shot($"{lang}-source-paragraph", $"/{lang}/sources/changning-2024-work-report/#p3", 1280, "light", ViewportOnly: true));
            shots.Add(new Shot($"{lang}-source-paragraph", $"/{lang}/sources/changning-2024-work-report/#p3", 360, "light", ViewportOnly: true));
        }

        return shots.ToImmutable();
    }
}
