using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Resolving;
using Site.Core.Validation;

namespace Site.BrowserTests.Support;

/// <summary>
/// Decides whether a search result answers an expected fragment of the report (a few words copied from
/// it). An indicator result answers a fragment when one of its figures cites a quote containing it. A
/// report-paragraph result answers a fragment only when no indicator cites it: those are statements
/// without a figure (section headings such as p5 and p9, or a programme launched), for which the
/// paragraph itself is the best a reader can be given; a fragment with an indicator wants the indicator.
/// </summary>
public sealed class SearchAnswers
{
    private readonly SiteModel _site;
    private readonly HashSet<string> _cited;

    private SearchAnswers(SiteModel site)
    {
        _site = site;
        _cited = [.. site.Indicators.SelectMany(i => i.AllFigures).Select(f => f.Citation.Quote)];
    }

    public static SearchAnswers Load()
    {
        var diagnostics = new DiagnosticBag();
        var input = LoadSite.Run(new SiteFiles(RepositoryRoot.Path), null, diagnostics)
            ?? throw new InvalidOperationException("the site's data did not load");
        return new SearchAnswers(ResolveSite.Run(input, Validate.Run(input, diagnostics)));
    }

    /// <summary>A fragment of the report that no figure cites: only a paragraph result can answer it.</summary>
    public bool IsFigureless(string fragment) => !_cited.Any(q => q.Contains(fragment, StringComparison.Ordinal));

    /// <summary>Whether the result at <paramref name="url"/> (a root-relative URL) answers <paramref name="fragment"/>.</summary>
    public bool Answers(string url, string fragment)
    {
        var parts = url.Split('#')[0].Trim('/').Split('/');
        if (parts.Length == 3 && parts[1] == "indicators")
        {
            var indicator = _site.Indicators.FirstOrDefault(i => i.Id == parts[2]);
            return indicator is not null && indicator.AllFigures.Any(f => f.Citation.Quote.Contains(fragment, StringComparison.Ordinal));
        }

        if (parts.Length == 3 && parts[1] == "sources" && url.Contains('#', StringComparison.Ordinal))
        {
            var paragraph = Paragraph(parts[2], url.Split('#')[1]);
            return paragraph is not null && paragraph.Text.Contains(fragment, StringComparison.Ordinal) && IsFigureless(fragment);
        }

        return false;
    }

    /// <summary>The theme (sub-theme or section) of an indicator or paragraph result; null for anything else.</summary>
    public Theme? ThemeOf(string url)
    {
        var parts = url.Split('#')[0].Trim('/').Split('/');
        if (parts.Length == 3 && parts[1] == "indicators")
        {
            var indicator = _site.Indicators.FirstOrDefault(i => i.Id == parts[2]);
            return indicator?.Theme;
        }

        if (parts.Length == 3 && parts[1] == "sources" && url.Contains('#', StringComparison.Ordinal))
        {
            return Paragraph(parts[2], url.Split('#')[1])?.Theme;
        }

        return null;
    }

    public IReadOnlyList<GlossaryEntry> Glossary => _site.Glossary.Entries;

    private Paragraph? Paragraph(string documentId, string paragraphId) =>
        _site.Documents.FirstOrDefault(d => d.Id == documentId)?.Paragraphs.FirstOrDefault(p => p.Id == paragraphId);
}
