using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Core.Rendering;

/// <summary>
/// The one way text reaches HTML: every <c>{{ value }}</c> a template writes is HTML-escaped, unless it
/// is an <see cref="HtmlString"/> built by the engine. Scriban itself escapes nothing by default, so a
/// label containing &lt;script&gt; would otherwise become live markup.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext()
    {
        // Templates must not read undefined variables silently: a typo in a template is an error.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
        LoopLimit = 100_000;
    }

    /// <summary>
    /// Where a page is written, kept for the next page this context renders: a new output grows its buffer
    /// chunk by chunk on every page (a page is some 30,000 characters), this one once.
    /// </summary>
    public StringBuilderOutput PageOutput { get; } = new(new System.Text.StringBuilder(1 << 16));

    /// <summary>Where the page's own layout is written before the base layout places it, kept likewise.</summary>
    public StringBuilderOutput BodyOutput { get; } = new(new System.Text.StringBuilder(1 << 16));

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Value);
            return this;
        }

        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(WebUtility.HtmlEncode(text));
        }

        return this;
    }
}
