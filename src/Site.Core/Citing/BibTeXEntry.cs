using System.Globalization;
using System.Text;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// One BibTeX entry for an indicator page, keyed by the indicator's id. The type is @online: Zotero
/// imports it as a web page, JabRef and biblatex know it, and classic BibTeX styles fall back to @misc.
/// The note names the original report and paragraph. Why these fields: docs/citing.md.
/// </summary>
internal static class BibTeXEntry
{
    public static string For(Indicator indicator, SiteSettings settings, Language language)
    {
        (string Name, string Value)[] fields =
        [
            // Double braces: a group author is one name, never split into first and last names.
            ("author", "{" + Escape(settings.Publisher[language]) + "}"),
            // Double braces: styles that change a title's case must leave the label as written.
            ("title", "{" + Escape(indicator.Label[language]) + "}"),
            ("organization", Escape(settings.Title[language])),
            ("date", IsoDate.Of(indicator.Updated)),
            // For classic BibTeX styles, which read the year and not the date.
            ("year", indicator.Updated.Year.ToString("0000", CultureInfo.InvariantCulture)),
            ("url", Url(settings.Absolute(Urls.Indicator(language, indicator.Id)))),
            ("note", Escape(CitationStyle.For(language).SourceNote(indicator, settings, language))),
        ];

        var width = fields.Max(f => f.Name.Length);
        var entry = new StringBuilder();
        // Indicator ids are kebab-case (checked on load), which is a valid BibTeX key as it is.
        entry.Append("@online{").Append(indicator.Id).Append(",\n");
        foreach (var (name, value) in fields)
        {
            entry.Append("  ").Append(name.PadRight(width)).Append(" = {").Append(value).Append("},\n");
        }

        return entry.Append("}\n").ToString();
    }

    /// <summary>
    /// Text as a BibTeX field value: TeX's special characters escaped, line breaks as spaces. Characters
    /// with no escape of their own are written as braced text commands, the form Zotero writes and reads
    /// back ({\textless}: the classic font encoding would print "&lt;" as "¡"). BibTeX counts every brace,
    /// escaped or not, so \{ and \} serve alone only when the braces pair up; otherwise each carries an
    /// invisible partner (\vphantom, as Zotero writes it), and the entry stays balanced.
    /// </summary>
    internal static string Escape(string text)
    {
        var bracesPair = BracesPair(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '{' => bracesPair ? @"\{" : @"\{\vphantom{\}}",
                '}' => bracesPair ? @"\}" : @"\vphantom{\{}\}",
                '%' or '&' or '#' or '_' or '$' => "\\" + c,
                '\\' => @"{\textbackslash}",
                '~' => @"{\textasciitilde}",
                '^' => @"{\textasciicircum}",
                '<' => @"{\textless}",
                '>' => @"{\textgreater}",
                '|' => @"{\textbar}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // A URL field is read verbatim (biblatex, Zotero, JabRef): only what would break the entry is encoded.
    private static string Url(string url) => url
        .Replace("\\", "%5C", StringComparison.Ordinal)
        .Replace("{", "%7B", StringComparison.Ordinal)
        .Replace("}", "%7D", StringComparison.Ordinal)
        .Replace(" ", "%20", StringComparison.Ordinal);

    private static bool BracesPair(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
