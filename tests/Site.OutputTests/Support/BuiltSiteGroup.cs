namespace Site.OutputTests.Support;

/// <summary>All output tests share one build of the repository's site.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteGroup : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
