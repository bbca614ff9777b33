using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>Interface strings for both languages, keyed alike; the loader guarantees both have every key.</summary>
public sealed record InterfaceStrings(ImmutableSortedDictionary<string, string> Zh, ImmutableSortedDictionary<string, string> En)
{
    public ImmutableSortedDictionary<string, string> For(Language language) => language.Pick(Zh, En);
}
