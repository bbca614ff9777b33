using Site.Core.Model;

namespace Site.Core.Rendering.Views;

/// <summary>The page's language and the other one, for the html lang attribute, Open Graph locales and the switcher.</summary>
public sealed record LanguageView(
    string Code,
    string HtmlLang,
    string NativeName,
    string OgLocale,
    string OtherCode,
    string OtherHtmlLang,
    string OtherNativeName,
    string OtherOgLocale)
{
    public static LanguageView Of(Language l) =>
        new(l.Code, l.HtmlLang, l.NativeName, l.OgLocale, l.Other.Code, l.Other.HtmlLang, l.Other.NativeName, l.Other.OgLocale);
}
