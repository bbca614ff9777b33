using Site.Core.Diagnostics;
using YamlDotNet.Core.Events;

namespace Site.Core.Loading;

/// <summary>
/// The keys of one mapping as the parser's events go by: every other node event is a key. Finds a key
/// written twice and says where it was first, which the parser's own "Duplicate key" does not.
/// </summary>
internal sealed class MappingKeys
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);
    private bool _nextIsKey = true;

    /// <summary>Called for each node directly in this mapping; the message when it repeats a key, else null.</summary>
    public Message? Repeated(NodeEvent node)
    {
        var isKey = _nextIsKey;
        _nextIsKey = !_nextIsKey;
        if (!isKey || node is not Scalar { Value: var key })
        {
            return null;
        }

        if (_lines.TryGetValue(key, out var first))
        {
            return new Message($"the field '{key}' is written twice (first on line {first})", $"字段“{key}”写了两次（第一次在第{first}行）");
        }

        _lines[key] = node.Start.Line;
        return null;
    }
}
