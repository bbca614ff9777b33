namespace Site.OutputTests.Support;

/// <summary>
/// The two-reports example (examples/two-reports: two fictional reports, indicators observed in one or
/// both), built once for the tests that need several reports and series.
/// </summary>
public sealed class BuiltExample : BuiltSite
{
    public static readonly string Root = Path.Combine(RepositoryRoot.Path, "examples", "two-reports");

    public BuiltExample()
        : base(Root)
    {
    }
}
