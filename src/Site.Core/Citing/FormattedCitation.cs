using Site.Core.Rendering;

namespace Site.Core.Citing;

/// <summary>
/// A citation as plain text (to copy) and as HTML (titles in &lt;i&gt; where the style italicises them, the
/// URL a link, every piece of data escaped). Both are built from the same parts, so they never disagree.
/// </summary>
public sealed record FormattedCitation(string Text, HtmlString Html)
{
    /// <summary>
    /// What the reader still has to do before using the citation, or null when it is complete: GB/T 7714
    /// asks for the date the reader accessed an online resource, which a static build cannot know.
    /// </summary>
    public string? Instruction { get; init; }

    /// <summary>
    /// How running text cites the work, with its location where the style puts the location there
    /// (APA 7: "(Issuer, 2024, para. 3)"), or null when the style numbers its citations instead.
    /// </summary>
    public string? InText { get; init; }
}
