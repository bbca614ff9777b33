using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// A way of writing references, one per page language: GB/T 7714 on Chinese pages, APA 7 on English
/// ones. Each style cites the indicator page and the original report, and says in its own language where
/// an indicator's figure comes from (the note a reference manager keeps with the entry).
/// </summary>
public abstract class CitationStyle
{
    private static readonly CitationStyle Chinese = new GbT7714();
    private static readonly CitationStyle English = new Apa7();

    // The styles are this assembly's: a page's citation is GB/T 7714 or APA 7, nothing else.
    private protected CitationStyle()
    {
    }

    /// <summary>The style a page in this language cites in.</summary>
    public static CitationStyle For(Language language) => language.Pick(Chinese, English);

    /// <summary>The indicator's page, as the data set it publishes.</summary>
    public abstract FormattedCitation Indicator(Indicator indicator, SiteSettings settings, Language language);

    /// <summary>The original report, at the paragraph quoted (none: the report as a whole).</summary>
    public abstract FormattedCitation Report(SourceDocument document, Paragraph? paragraph, Language language);

    /// <summary>
    /// Where the indicator's latest headline figure comes from, for a reference manager's note: the report
    /// cited at its paragraph, and the address of that paragraph on this site.
    /// </summary>
    public string SourceNote(Indicator indicator, SiteSettings settings, Language language)
    {
        var citation = indicator.Latest.Headline.Citation;
        var url = settings.Absolute(Urls.Paragraph(language, citation.Document.Id, citation.Paragraph.Id));
        return SourceNote(Report(citation.Document, citation.Paragraph, language), citation.Paragraph, url);
    }

    /// <summary>The note's words around the report's reference and the paragraph's address.</summary>
    protected abstract string SourceNote(FormattedCitation report, Paragraph paragraph, string paragraphUrl);
}
