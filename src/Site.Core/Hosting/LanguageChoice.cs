using Site.Core.Model;

namespace Site.Core.Hosting;

/// <summary>
/// Chooses a language from an Accept-Language header exactly as Netlify's <c>Language</c> redirect
/// condition does: only the reader's first (most preferred) language counts, by its primary subtag.
/// "fr,en" therefore gets the static chooser, not English: a smarter local rule would hide, in every
/// preview and test, what production readers actually see.
/// </summary>
public static class LanguageChoice
{
    public static Language? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var first = header.Split(',')[0].Split(';')[0].Trim();
        var primary = first.Split('-')[0];
        return primary.Equals("zh", StringComparison.OrdinalIgnoreCase) ? Language.Zh
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? Language.En
            : null;
    }
}
