using System.Collections.Immutable;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Search;

/// <summary>
/// The search stage's input: what a reader can find, per language. Three kinds of result:
/// <list type="bullet">
/// <item>indicator: label, figure, description, the cited words (their English rendering on English
/// pages) and the sentence of the report they come from;</item>
/// <item>paragraph: one paragraph of a source document (its translation on English pages), so statements
/// without a figure (section headings such as "deeply practise the People's City philosophy") are found;</item>
/// <item>glossary: a term with its names and explanation.</item>
/// </list>
/// After the text to read come words only to find a document by: the names of the glossary terms it
/// mentions and the synonyms of its own words. Built from the model, not scraped from pages, so nothing
/// hidden has to be added to the pages readers see.
/// </summary>
public static class BuildSearchDocuments
{
    private const int SummaryLength = 140;

    public static ImmutableArray<SearchDocument> Run(SiteModel site, Synonyms synonyms)
    {
        var documents = ImmutableArray.CreateBuilder<SearchDocument>();
        foreach (var language in Language.All)
        {
            var views = new ViewFactory(site, language);
            var text = SearchText.For(language);
            documents.AddRange(site.Indicators.Select(i => Indicator(views, text, synonyms, i)));
            documents.AddRange(site.Documents.SelectMany(d => d.Paragraphs.Select(p => Paragraph(views, text, synonyms, d, p))));
            documents.AddRange(site.Glossary.Entries.Select(e => GlossaryEntry(site, views, text, synonyms, e)));
        }

        return documents.ToImmutable();
    }

    private static SearchDocument Indicator(ViewFactory views, SearchText text, Synonyms synonyms, Indicator indicator)
    {
        var language = views.Language;
        var latest = indicator.Latest;
        var headline = views.Figure(latest.Headline);
        var description = latest.Description[language];
        // Every observation's words are found, newest first; the page leads with the latest.
        var quoted = indicator.Observations.Reverse().SelectMany(o => o.AllFigures).Select(f => text.Quote(f.Citation)).ToList();
        var further = latest.Further.Select(views.Figure).Select(f => $"{f.Label}: {f.Text}").ToList();
        var html = new SearchDocumentHtml(text, indicator.Label[language])
            .Text(headline.Text)
            .Text(description);
        quoted.ForEach(q => html.Text(q));
        further.ForEach(f => html.Text(f));

        var context = new List<string>();
        var contextZh = new List<string>();
        foreach (var group in indicator.AllFigures.Select(f => f.Citation).GroupBy(c => c.Paragraph))
        {
            context.AddRange(text.Sentences(group.Key, group));
            // Glossary terms are Chinese: which ones the sentence mentions is read from its Chinese.
            contextZh.AddRange(SourceContext.Chinese(group.Key, group));
        }

        // The sentence counts for less than the indicator's own words: its neighbours in the same
        // sentence match it too, and should rank below the indicator the words are about.
        html.Text(string.Join(" ", context), weight: 0.5);

        // Synonyms of the indicator's own words only, not of the sentence: "lifts" in a sentence that
        // also mentions renovated estates must not make the estates an answer to "elevators".
        var own = string.Join(" ", [indicator.Label[language], description, .. quoted, .. further]);
        var mentioned = string.Join(" ", indicator.AllFigures.Select(f => f.Citation.Quote).Concat(contextZh));
        var terms = views.TermsIn(mentioned).ToList();
        html.FindOnly(synonyms.Expand(own, language))
            .FindOnly(terms.Select(text.TermNames), weight: 0.5)
            .FindOnly(text.Characters(indicator.Label.Zh, string.Join(" ", indicator.AllFigures.Select(f => f.Citation.Quote)), Terms(terms)), weight: 0.1);
        Themes(html, [indicator.Theme]);
        return new SearchDocument(language, "indicator", Urls.Indicator(language, indicator.Id), html
            .Meta("kind", "indicator")
            .Meta("figure", headline.Text)
            .Meta("theme", indicator.Theme.Title[language])
            .Meta("summary", description)
            .Build());
    }

    private static SearchDocument Paragraph(ViewFactory views, SearchText text, Synonyms synonyms, SourceDocument document, Paragraph paragraph)
    {
        var language = views.Language;
        var theme = paragraph.Theme;
        var content = text.Paragraph(paragraph);
        var terms = views.TermsIn(paragraph.Text).ToList();
        var html = new SearchDocumentHtml(text, theme.Title[language])
            .Text(content)
            .FindOnly(synonyms.Expand(content, language))
            .FindOnly(text.ParagraphTermNames(terms))
            .FindOnly(text.Characters(theme.Title.Zh, Terms(terms)), weight: 0.1);

        Themes(html, [theme]);
        return new SearchDocument(language, "paragraph", views.ParagraphUrl(paragraph), html
            .Meta("kind", "paragraph")
            .Meta("source", language.Wording.Reference(document.ShortTitle[language], paragraph))
            .Meta("theme", theme.Title[language])
            .Meta("summary", Shorten(content))
            .Build());
    }

    // Only glossary entries carry the "kind" filter: search.js asks for their ids once (a filter of 60
    // pages) and keeps them out of the results list, instead of filtering every search on a "kind" list
    // of every page, which at 10,000 indicators is a 26 KB download per search.
    private static SearchDocument GlossaryEntry(SiteModel site, ViewFactory views, SearchText text, Synonyms synonyms, GlossaryEntry entry)
    {
        var language = views.Language;
        var otherName = text.GlossaryOtherName(entry);
        var explanation = entry.Explanation[language];
        var html = new SearchDocumentHtml(text, text.GlossaryTitle(entry))
            .Text(otherName)
            .Text(explanation)
            .FindOnly(synonyms.Expand($"{entry.En} {explanation}", language))
            .FindOnly(text.Characters(entry.Term), weight: 0.1);
        Themes(html, [.. site.Documents.SelectMany(d => d.Paragraphs)
            .Where(p => p.Text.Contains(entry.Term, StringComparison.Ordinal))
            .Select(p => p.Theme)]);
        return new SearchDocument(language, "glossary", Urls.GlossaryEntry(language, entry.Id), html
            .Meta("kind", "glossary")
            .Filter("kind", "glossary")
            .Meta("name", otherName)
            .Meta("summary", Shorten(explanation))
            .Build());
    }

    // A theme filter value is the theme's id; a sub-theme's document also matches its section.
    private static void Themes(SearchDocumentHtml html, IEnumerable<Theme> themes)
    {
        foreach (var id in themes.SelectMany(t => t.ParentId is { } parent ? new[] { parent, t.Id } : [t.Id]).Distinct(StringComparer.Ordinal))
        {
            html.Filter("theme", id);
        }
    }

    // The Chinese terms themselves, cut into characters for Chinese search (see ChineseSearchText).
    private static string Terms(IEnumerable<GlossaryEntry> entries) => string.Join(" ", entries.Select(e => e.Term));

    // The start of a long text, cut at a space when there is one (English), else at the length (Chinese).
    private static string Shorten(string text)
    {
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        var end = cut > SummaryLength / 2 ? cut : SummaryLength;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }
}
