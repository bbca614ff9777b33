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
        var ordered = ReportOrder.Sort(site);
        var documents = ImmutableArray.CreateBuilder<SearchDocument>();
        foreach (var language in Language.All)
        {
            var views = new ViewFactory(site, language, ordered);
            documents.AddRange(ordered.Select(i => Indicator(site, views, synonyms, i)));
            documents.AddRange(site.Documents.SelectMany(d => d.Paragraphs.Select(p => Paragraph(site, views, synonyms, d, p))));
            documents.AddRange(site.Glossary.Entries.Select(e => GlossaryEntry(site, views, synonyms, e)));
        }

        return documents.ToImmutable();
    }

    private static SearchDocument Indicator(SiteModel site, ViewFactory views, Synonyms synonyms, Indicator indicator)
    {
        var language = views.Language;
        var theme = site.FindTheme(indicator.ThemeId)!;
        var headline = views.Figure(indicator.Figure);
        var quoted = indicator.AllFigures.Select(f => language.Code == "zh" ? f.Source.Quote : f.Source.Translation).ToList();
        var further = indicator.Figures.Select(views.Figure).Select(f => $"{f.Label}: {f.Text}").ToList();
        var html = new SearchDocumentHtml(language, indicator.Label[language])
            .Text(headline.Text)
            .Text(indicator.Description[language]);
        quoted.ForEach(q => html.Text(q));
        further.ForEach(f => html.Text(f));

        var context = new List<string>();
        var contextZh = new List<string>();
        foreach (var group in indicator.AllFigures.GroupBy(f => (f.Source.DocumentId, f.Source.ParagraphId)))
        {
            if (site.FindDocument(group.Key.DocumentId)?.FindParagraph(group.Key.ParagraphId) is { } paragraph)
            {
                context.AddRange(SourceContext.Sentences(paragraph, group.Select(f => f.Source), language));
                contextZh.AddRange(SourceContext.Sentences(paragraph, group.Select(f => f.Source), Language.Zh));
            }
        }

        // The sentence counts for less than the indicator's own words: its neighbours in the same
        // sentence match it too, and should rank below the indicator the words are about.
        html.Text(string.Join(" ", context), weight: 0.5);

        // Synonyms of the indicator's own words only, not of the sentence: "lifts" in a sentence that
        // also mentions renovated estates must not make the estates an answer to "elevators".
        var own = string.Join(" ", [indicator.Label[language], indicator.Description[language], .. quoted, .. further]);
        var mentioned = string.Join(" ", indicator.AllFigures.Select(f => f.Source.Quote).Concat(contextZh));
        html.FindOnly(synonyms.Expand(own, language))
            .FindOnly(TermNames(views, mentioned), weight: 0.5)
            .FindOnly(Characters(language, indicator.Label.Zh, string.Join(" ", indicator.AllFigures.Select(f => f.Source.Quote)), Terms(views, mentioned)), weight: 0.1);
        Themes(html, [theme]);
        return new SearchDocument(language, "indicator", Urls.Indicator(language, indicator.Id), html
            .Meta("kind", "indicator")
            .Meta("figure", headline.Text)
            .Meta("theme", theme.Title[language])
            .Meta("summary", indicator.Description[language])
            .Build());
    }

    private static SearchDocument Paragraph(SiteModel site, ViewFactory views, Synonyms synonyms, SourceDocument document, Paragraph paragraph)
    {
        var language = views.Language;
        var theme = site.FindTheme(paragraph.ThemeId)!;
        var text = language.Code == "zh" ? paragraph.Text : paragraph.Translation;
        var html = new SearchDocumentHtml(language, theme.Title[language])
            .Text(text)
            .FindOnly(synonyms.Expand(text, language));
        if (language.Code == "en")
        {
            html.FindOnly(TermNames(views, paragraph.Text));
        }

        html.FindOnly(Characters(language, theme.Title.Zh, Terms(views, paragraph.Text)), weight: 0.1);

        Themes(html, [theme]);
        return new SearchDocument(language, "paragraph", Urls.Paragraph(language, document.Id, paragraph.Id), html
            .Meta("kind", "paragraph")
            .Meta("source", $"{document.ShortTitle[language]}, {views.Reference(paragraph)}")
            .Meta("theme", theme.Title[language])
            .Meta("summary", Shorten(text))
            .Build());
    }

    // Only glossary entries carry the "kind" filter: search.js asks for their ids once (a filter of 60
    // pages) and keeps them out of the results list, instead of filtering every search on a "kind" list
    // of every page, which at 10,000 indicators is a 26 KB download per search.
    private static SearchDocument GlossaryEntry(SiteModel site, ViewFactory views, Synonyms synonyms, GlossaryEntry entry)
    {
        var language = views.Language;
        var otherName = language.Code == "zh" ? entry.En : string.Join(" ", new[] { entry.Term, entry.Pinyin }.Where(s => !string.IsNullOrEmpty(s)));
        var explanation = entry.Explanation[language];
        var html = new SearchDocumentHtml(language, language.Code == "zh" ? entry.Term : entry.En)
            .Text(otherName)
            .Text(explanation)
            .FindOnly(synonyms.Expand($"{entry.En} {explanation}", language))
            .FindOnly(Characters(language, entry.Term), weight: 0.1);
        Themes(html, [.. site.Documents.SelectMany(d => d.Paragraphs)
            .Where(p => p.Text.Contains(entry.Term, StringComparison.Ordinal))
            .Select(p => site.FindTheme(p.ThemeId)!)]);
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

    // The glossary terms a Chinese text mentions, by their names in the page's language (and pinyin).
    private static IEnumerable<string> TermNames(ViewFactory views, string chinese) =>
        views.TermsIn(chinese).Select(e => views.Language.Code == "zh"
            ? $"{e.Term} {e.En}"
            : string.Join(" ", new[] { e.En, e.Pinyin }.Where(s => !string.IsNullOrEmpty(s))));

    private static string Terms(ViewFactory views, string chinese) => string.Join(" ", views.TermsIn(chinese).Select(e => e.Term));

    // Chinese documents also carry, as words of one character, the characters of their names (title,
    // quotes, glossary terms). The index segments 数据中台 as one word; the browser cuts the query 数据中台
    // into 数据|中|台, and 中 and 台 match no word of the document (Pagefind issue 1237). One-character
    // words let such a query match, with little weight so they never outrank the words themselves.
    private static IEnumerable<string> Characters(Language language, params string[] texts)
    {
        if (language.Code != "zh")
        {
            return [];
        }

        var characters = string.Concat(texts).EnumerateRunes().Where(IsHan).Select(r => r.ToString()).Distinct(StringComparer.Ordinal);
        return [string.Join(" ", characters)];
    }

    private static bool IsHan(System.Text.Rune rune) =>
        rune.Value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);

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
