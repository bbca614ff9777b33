using Site.Core.Model;

namespace Site.Core.Rendering.Views;

/// <summary>The page's language and the other one, for the html lang attribute and the switcher.</summary>
public sealed record LanguageView(string Code, string HtmlLang, string NativeName, string OtherCode, string OtherHtmlLang, string OtherNativeName)
{
    public static LanguageView Of(Language l) => new(l.Code, l.HtmlLang, l.NativeName, l.Other.Code, l.Other.HtmlLang, l.Other.NativeName);
}
