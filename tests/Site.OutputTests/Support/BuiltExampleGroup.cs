namespace Site.OutputTests.Support;

/// <summary>The example's tests share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltExampleGroup : ICollectionFixture<BuiltExample>
{
    public const string Name = "built example";
}
