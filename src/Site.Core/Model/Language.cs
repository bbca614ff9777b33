using System.Collections.Immutable;
using Site.Core.Formatting;

namespace Site.Core.Model;

/// <summary>
/// A site language. Every page is rendered once per language with this value as a parameter: it decides
/// the URL prefix, the html lang attribute, the Open Graph locale, and, through <see cref="Wording"/>, how
/// figures, dates and references are written. What differs between the languages is said here and in
/// each language's <see cref="Formatting.Wording"/>, not in branches elsewhere.
/// </summary>
public sealed record Language(string Code, string HtmlLang, string Hreflang, string NativeName, string OgLocale, Wording Wording)
{
    public static readonly Language Zh = new("zh", "zh-CN", "zh-CN", "中文", "zh_CN", new ChineseWording());
    public static readonly Language En = new("en", "en", "en", "English", "en_GB", new EnglishWording());

    /// <summary>Both languages, Chinese first: the report's own language leads.</summary>
    public static readonly ImmutableArray<Language> All = [Zh, En];

    /// <summary>
    /// The language the source documents are written in: readers of the other language see them in
    /// translation, and a page's x-default alternate is its version in this language.
    /// </summary>
    public static Language Source => Zh;

    public bool IsSource => ReferenceEquals(this, Source);

    public Language Other => Pick(En, Zh);

    /// <summary>The value for this language from a Chinese and an English one.</summary>
    public T Pick<T>(T zh, T en) => ReferenceEquals(this, Zh) ? zh : en;

    public override string ToString() => Code;
}
