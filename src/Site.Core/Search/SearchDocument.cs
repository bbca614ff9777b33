using Site.Core.Model;

namespace Site.Core.Search;

/// <summary>
/// One search result as the index sees it: an HTML document made for Pagefind (never published),
/// indexed under <see cref="Url"/>, the page or anchor a reader lands on.
/// </summary>
public sealed record SearchDocument(Language Language, string Kind, string Url, string Html);
