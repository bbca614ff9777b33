using Site.Core.Model;

namespace Site.Core.Diagnostics;

/// <summary>
/// What a diagnostic says, in English and in Chinese: most editors of a district site read Chinese
/// first, and `check --lang zh` prints every message and hint in Chinese. Neither text may be empty.
/// </summary>
public sealed record Message(string En, string Zh)
{
    public string In(Language language) => language.Pick(Zh, En);

    public override string ToString() => En;
}
