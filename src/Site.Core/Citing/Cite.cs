using Site.Core.Model;

namespace Site.Core.Citing;

/// <summary>
/// Citations a researcher can paste or import: an indicator page and its original report in the page
/// language's style (GB/T 7714 on Chinese pages, APA 7 on English ones), and the indicator as a BibTeX
/// entry and a CSL-JSON item. Every date comes from the data (the indicator's update date, the report's
/// date), never the clock, and the output is the same on every machine. docs/citing.md explains the formats.
/// </summary>
public static class Cite
{
    /// <summary>The indicator page in the page's language's style (GB/T 7714 for Chinese, APA 7 for English).</summary>
    public static FormattedCitation Indicator(Indicator indicator, SiteSettings settings, Language language) =>
        CitationStyle.For(language).Indicator(indicator, settings, language);

    /// <summary>The original report, at the paragraph the latest headline figure is quoted from; same styles.</summary>
    public static FormattedCitation Report(SourceDocument document, Paragraph? paragraph, Language language) =>
        CitationStyle.For(language).Report(document, paragraph, language);

    /// <summary>One BibTeX entry, in the source documents' language (Chinese).</summary>
    public static string BibTeX(Indicator indicator, SiteSettings settings) => BibTeX(indicator, settings, Language.Source);

    /// <summary>One BibTeX entry (UTF-8 text) for the indicator's page in a language, keyed by the indicator's id.</summary>
    public static string BibTeX(Indicator indicator, SiteSettings settings, Language language) =>
        BibTeXEntry.For(indicator, settings, language);

    /// <summary>A CSL-JSON array with the indicator as its one item, in the source documents' language (Chinese).</summary>
    public static string CslJson(Indicator indicator, SiteSettings settings) => CslJson(indicator, settings, Language.Source);

    /// <summary>A CSL-JSON array with the indicator's page in a language as its one item, indented, "\n" line ends.</summary>
    public static string CslJson(Indicator indicator, SiteSettings settings, Language language) =>
        CslItem.For(indicator, settings, language);
}
