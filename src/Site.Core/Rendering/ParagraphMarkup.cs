using System.Net;
using System.Text;

namespace Site.Core.Rendering;

/// <summary>
/// Turns a paragraph's text into HTML with some ranges marked or linked. Every character of the text
/// is escaped; only the engine's own tags are added. Overlapping ranges are merged (marks) or the
/// earlier one wins (links), so the HTML always nests correctly. With <see cref="MarkLabels"/>, each
/// mark is framed by visually-hidden words saying where the cited text starts and ends.
/// </summary>
public static class ParagraphMarkup
{
    public static HtmlString Render(string text, IEnumerable<MarkedRange> ranges, MarkLabels? labels = null)
    {
        var ordered = Normalise(ranges);
        var html = new StringBuilder(text.Length * 2);
        var at = 0;
        foreach (var range in ordered)
        {
            html.Append(WebUtility.HtmlEncode(text[at..range.Start]));
            var inner = WebUtility.HtmlEncode(text[range.Start..range.End]);
            if (range.Href is null)
            {
                // The hidden words sit outside the mark, so the mark holds the report's words and nothing else.
                html.Append(Hidden(labels?.Start, labels?.Lang)).Append("<mark>").Append(inner).Append("</mark>").Append(Hidden(labels?.End, labels?.Lang));
            }
            else
            {
                html.Append("<a class=\"cited\" href=\"").Append(WebUtility.HtmlEncode(range.Href)).Append('"');
                if (range.Title is not null)
                {
                    html.Append(" title=\"").Append(WebUtility.HtmlEncode(range.Title)).Append('"');
                }

                html.Append('>').Append(inner).Append("</a>");
            }

            at = range.End;
        }

        html.Append(WebUtility.HtmlEncode(text[at..]));
        return new HtmlString(html.ToString());
    }

    private static string Hidden(string? words, string? lang) =>
        string.IsNullOrEmpty(words)
            ? string.Empty
            : $"<span class=\"visually-hidden\" lang=\"{WebUtility.HtmlEncode(lang)}\">{WebUtility.HtmlEncode(words)}</span>";

    private static List<MarkedRange> Normalise(IEnumerable<MarkedRange> ranges)
    {
        var result = new List<MarkedRange>();
        foreach (var range in ranges.OrderBy(r => r.Start).ThenByDescending(r => r.End))
        {
            if (result.Count > 0 && (range.Start < result[^1].End || (range.Start == result[^1].End && range.Href is null && result[^1].Href is null)))
            {
                // Marks merge into one; a link keeps its own range and later overlapping links are dropped.
                if (range.Href is null && result[^1].Href is null)
                {
                    result[^1] = result[^1] with { End = Math.Max(result[^1].End, range.End) };
                }

                continue;
            }

            result.Add(range);
        }

        return result;
    }
}
