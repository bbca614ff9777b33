using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Core.Loading;

/// <summary>
/// Hands the representation model events already read once: the pass that checks a file's YAML features
/// keeps its events, and the nodes are built from them, so each file is scanned once, not twice.
/// </summary>
public sealed class ReplayParser(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
