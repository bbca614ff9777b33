using System.Net;
using System.Text;
using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// Builds a citation part by part, writing its plain text and its HTML side by side, so the two say the
/// same thing and every piece of data is escaped exactly once. The builder is the only mutable step;
/// <see cref="Build"/> hands back an immutable <see cref="FormattedCitation"/>.
/// </summary>
internal sealed class CitationBuilder
{
    // Marks that end a sentence already: no period is added after them ("Acme Inc." then " (2024)").
    private const string SentenceEnds = ".?!。？！";

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    /// <summary>Text as it is: data or the style's own punctuation.</summary>
    public CitationBuilder Plain(string text)
    {
        _text.Append(text);
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>A title the style italicises; in another language than the page's, marked with that language (screen readers pronounce it in it).</summary>
    public CitationBuilder Italic(string text, string? lang = null)
    {
        _text.Append(text);
        _html.Append(lang is null ? "<i>" : $"<i lang=\"{WebUtility.HtmlEncode(lang)}\">").Append(WebUtility.HtmlEncode(text)).Append("</i>");
        return this;
    }

    /// <summary>A URL, written out in full (readers copy it) and linked.</summary>
    public CitationBuilder Link(string url)
    {
        var encoded = WebUtility.HtmlEncode(url);
        _text.Append(url);
        _html.Append("<a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a>");
        return this;
    }

    /// <summary>A place the reader fills in: marked in the HTML so it cannot be overlooked.</summary>
    public CitationBuilder Placeholder(string text)
    {
        _text.Append(text);
        _html.Append("<span class=\"citation-fill\">").Append(WebUtility.HtmlEncode(text)).Append("</span>");
        return this;
    }

    /// <summary>A period, unless what came before already ends a sentence.</summary>
    public CitationBuilder Period()
    {
        if (_text.Length == 0 || !SentenceEnds.Contains(_text[^1], StringComparison.Ordinal))
        {
            Plain(".");
        }

        return this;
    }

    /// <summary>The end of an element: a period (unless one is there) and a space before the next.</summary>
    public CitationBuilder Sentence() => Period().Plain(" ");

    public FormattedCitation Build() => new(_text.ToString(), new HtmlString(_html.ToString()));
}
