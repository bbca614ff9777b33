using System.Collections.Immutable;
using Site.Core.Diagnostics;

namespace Site.Core.Search;

/// <summary>Builds a search index over the HTML written in a staging folder, before it is swapped in.</summary>
public interface ISearchIndexer
{
    /// <summary>
    /// Indexes <paramref name="documents"/> into <paramref name="siteFolder"/> (one bundle per language,
    /// under pagefind/{language}/); false (with a diagnostic) fails the build.
    /// </summary>
    bool Index(string siteFolder, ImmutableArray<SearchDocument> documents, DiagnosticBag diagnostics);
}
