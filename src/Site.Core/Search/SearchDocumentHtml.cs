using System.Globalization;
using System.Text;
using Site.Core.Model;

namespace Site.Core.Search;

/// <summary>
/// Writes one search document: a title (Pagefind weighs an h1 highest), text blocks with optional
/// weights, and metadata and filters in the head, so they are shown and filtered on without being
/// searched. Everything is HTML-escaped here.
/// </summary>
public sealed class SearchDocumentHtml(SearchText text, string title)
{
    /// <summary>
    /// Starts the words that are there to be found, not read (glossary names, synonyms): search.js cuts
    /// a result's excerpt at this mark, so readers see sentences, not keyword lists.
    /// </summary>
    public const string FindOnlyMark = "¶";

    private readonly StringBuilder _head = new();
    private readonly StringBuilder _body = new();

    /// <summary>A block of searchable text; a weight below 1 counts its words for less (context, synonyms).</summary>
    public SearchDocumentHtml Text(string block, double weight = 1)
    {
        if (string.IsNullOrWhiteSpace(block))
        {
            return this;
        }

        _body.Append(weight == 1 ? "<p>" : $"<p data-pagefind-weight=\"{weight.ToString(CultureInfo.InvariantCulture)}\">")
            .Append(Escape(text.Sentence(block)))
            .Append("</p>\n");
        return this;
    }

    /// <summary>Words to find the document by, after <see cref="FindOnlyMark"/>; nothing when empty.</summary>
    public SearchDocumentHtml FindOnly(IEnumerable<string> words, double weight = 1)
    {
        var list = words.Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
        return list.Count == 0 ? this : Text($"{FindOnlyMark} {string.Join(" · ", list)}", weight);
    }

    /// <summary>A value the results list shows (figure, theme, kind); not searchable.</summary>
    public SearchDocumentHtml Meta(string key, string value)
    {
        _head.Append($"<meta data-pagefind-meta=\"{key}[content]\" content=\"{Escape(value)}\">\n");
        return this;
    }

    /// <summary>A filter value; a document may have several values for one filter.</summary>
    public SearchDocumentHtml Filter(string key, string value)
    {
        _head.Append($"<meta data-pagefind-filter=\"{key}[content]\" content=\"{Escape(value)}\">\n");
        return this;
    }

    public string Build() =>
        $"<!DOCTYPE html>\n<html lang=\"{text.Language.HtmlLang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Escape(title)}</title>\n" +
        $"<meta data-pagefind-meta=\"title[content]\" content=\"{Escape(title)}\">\n{_head}</head>\n<body>\n<main data-pagefind-body>\n" +
        $"<h1>{Escape(text.Sentence(title))}</h1>\n{_body}</main>\n</body>\n</html>\n";

    // Only what HTML needs: Pagefind reads the text as written, ¶ and pinyin included.
    private static string Escape(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
