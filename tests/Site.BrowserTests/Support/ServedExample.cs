namespace Site.BrowserTests.Support;

/// <summary>
/// The two-reports example (examples/two-reports, fictional), built with its search index and served
/// like the real site: the pages only it has (series, a change and its notes, two reports) are checked
/// in Chromium too.
/// </summary>
public sealed class ServedExample : ServedSite
{
    public ServedExample()
        : base(Path.Combine(RepositoryRoot.Path, "examples", "two-reports"))
    {
    }
}
