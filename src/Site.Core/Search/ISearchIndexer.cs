using Site.Core.Diagnostics;

namespace Site.Core.Search;

/// <summary>Builds a search index over the HTML written in a staging folder, before it is swapped in.</summary>
public interface ISearchIndexer
{
    /// <summary>Indexes <paramref name="siteFolder"/>; false (with a diagnostic) fails the build.</summary>
    bool Index(string siteFolder, DiagnosticBag diagnostics);
}
