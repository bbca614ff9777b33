namespace Site.Core.Model;

/// <summary>A text every reader sees, in both languages. Neither may be empty: nothing falls back.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string this[Language language] => language.Pick(Zh, En);
}
