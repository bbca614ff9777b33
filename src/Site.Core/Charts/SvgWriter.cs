using System.Globalization;
using System.Net;
using System.Text;
using Site.Core.Rendering;

namespace Site.Core.Charts;

/// <summary>
/// Builds one chart's <c>&lt;svg&gt;</c>: a builder used by one chart and then finished, never shared.
/// Every text and attribute from data is HTML-escaped here, so a chart is safe to write unescaped. There
/// is no <c>style</c> attribute (the Content-Security-Policy forbids inline styles): colours and the font
/// size come from the classes in theme/assets/site.css; the SVG gives only geometry. Coordinates are in a
/// <see cref="Width"/>-wide viewBox: a 360 px phone leaves about 330 px for the chart, so a unit is a
/// little over a pixel there and the 12-unit text stays at least 12 px.
/// </summary>
internal sealed class SvgWriter
{
    public const decimal Width = 320m;

    /// <summary>The font size of <c>.chart-svg</c> in theme/assets/site.css, which text measuring assumes.</summary>
    public const decimal FontSize = 12m;

    public const decimal LineHeight = 15m;

    public const decimal Pad = 8m;

    private readonly StringBuilder _body = new();

    /// <summary>A rectangle; a mark for data carries <c>data-label</c> and <c>data-value</c> (the value exactly as the data writes it).</summary>
    public SvgWriter Rect(string cssClass, decimal x, decimal y, decimal width, decimal height, string? label = null, string? value = null)
    {
        _body.Append("<rect class=\"").Append(Encode(cssClass))
            .Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y))
            .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height)).Append('"');
        if (label is not null)
        {
            _body.Append(" data-label=\"").Append(Encode(label)).Append('"');
        }

        if (value is not null)
        {
            _body.Append(" data-value=\"").Append(Encode(value)).Append('"');
        }

        _body.Append("></rect>\n");
        return this;
    }

    public SvgWriter Line(string cssClass, decimal x1, decimal y1, decimal x2, decimal y2)
    {
        _body.Append("<line class=\"").Append(Encode(cssClass))
            .Append("\" x1=\"").Append(Number(x1)).Append("\" y1=\"").Append(Number(y1))
            .Append("\" x2=\"").Append(Number(x2)).Append("\" y2=\"").Append(Number(y2)).Append("\"></line>\n");
        return this;
    }

    /// <summary>One line of text with its baseline at <paramref name="y"/>.</summary>
    public SvgWriter Text(string cssClass, decimal x, decimal y, string text, TextAnchor anchor = TextAnchor.Start)
    {
        _body.Append("<text class=\"").Append(Encode(cssClass))
            .Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append('"');
        if (anchor != TextAnchor.Start)
        {
            _body.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }

        _body.Append('>').Append(Encode(text)).Append("</text>\n");
        return this;
    }

    /// <summary>Lines of text, the first baseline at <paramref name="y"/>, each a line height below the last.</summary>
    public SvgWriter Lines(string cssClass, decimal x, decimal y, IEnumerable<string> lines, TextAnchor anchor = TextAnchor.Start)
    {
        foreach (var line in lines)
        {
            Text(cssClass, x, y, line, anchor);
            y += LineHeight;
        }

        return this;
    }

    /// <summary>
    /// The finished chart, <paramref name="height"/> units high: an image to assistive technology, named by
    /// its own title and described by its own desc (ids prefixed with the chart's id, unique on a page).
    /// </summary>
    public HtmlString Finish(string id, string kind, decimal height, string title, string description)
    {
        var titleId = Encode(id + "-title");
        var descId = Encode(id + "-desc");
        var svg = new StringBuilder()
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg chart-").Append(Encode(kind))
            .Append("\" viewBox=\"0 0 ").Append(Number(Width)).Append(' ').Append(Number(height))
            .Append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").Append(titleId).Append(' ').Append(descId).Append("\">\n")
            .Append("<title id=\"").Append(titleId).Append("\">").Append(Encode(title)).Append("</title>\n")
            .Append("<desc id=\"").Append(descId).Append("\">").Append(Encode(description)).Append("</desc>\n")
            .Append(_body)
            .Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A value as data writes it: invariant culture, no trailing zeros (the value of <c>data-value</c> for a computed mark).</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    // Geometry to a hundredth of a unit: finer than any screen shows, and the same on every build.
    private static string Number(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
