namespace Site.BrowserTests.Support;

/// <summary>The example's browser tests share one built, served example and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ServedExampleGroup : ICollectionFixture<ServedExample>
{
    public const string Name = "served example";
}
