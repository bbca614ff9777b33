namespace Site.BrowserTests.Support;

/// <summary>All browser tests share one built, served site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSiteGroup : ICollectionFixture<ServedSite>
{
    public const string Name = "served site";
}
