namespace Site.Core.Rendering.Views;

/// <summary>
/// "Cite this" on a page: the page's citation in its language's style (GB/T 7714 on Chinese pages, APA 7
/// on English ones), what the reader still has to fill in (GB/T's access date), the original report's
/// citation, and how running text cites it (APA). Plain selectable text: no script.
/// </summary>
public sealed record CiteView(HtmlString? Page, string? Instruction, HtmlString Report, string? InText);
