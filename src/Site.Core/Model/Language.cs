using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>
/// A site language. Every page is rendered once per language with this value as a parameter:
/// it decides the URL prefix, the html lang attribute and how numbers are written.
/// </summary>
public sealed record Language(string Code, string HtmlLang, string Hreflang, string NativeName)
{
    public static readonly Language Zh = new("zh", "zh-CN", "zh-CN", "中文");
    public static readonly Language En = new("en", "en", "en", "English");

    /// <summary>Both languages, Chinese first: the report's own language leads.</summary>
    public static readonly ImmutableArray<Language> All = [Zh, En];

    public Language Other => Code == "zh" ? En : Zh;

    public override string ToString() => Code;
}
