namespace Site.Core.Hosting;

/// <summary>
/// The reader's language as Netlify's <c>Language</c> redirect condition sees it: the first (most
/// preferred) entry of Accept-Language, by its primary subtag. "fr,en" is therefore French, not English:
/// a smarter local rule would hide, in every preview and test, what production readers actually get.
/// </summary>
public static class LanguageChoice
{
    /// <summary>
    /// The primary subtag of the first language as written ("zh" for "zh-CN,en;q=0.8"; compare it ignoring
    /// case), or null when none is named ("*" or nothing).
    /// </summary>
    public static string? FirstLanguage(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return null;
        }

        var primary = acceptLanguage.Split(',')[0].Split(';')[0].Trim().Split('-')[0];
        return primary.Length > 0 && primary.All(char.IsAsciiLetter) ? primary : null;
    }
}
