using System.Text;
using System.Text.RegularExpressions;

namespace Site.Core.Loading;

/// <summary>Ids are kebab-case because they become URLs that readers link to.</summary>
public static partial class Ids
{
    public static bool IsKebabCase(string id) => KebabCase().IsMatch(id);

    /// <summary>A kebab-case spelling of a malformed id, offered in the hint.</summary>
    public static string Suggest(string id)
    {
        var text = new StringBuilder();
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAsciiLetterUpper(c) && text.Length > 0 && text[^1] != '-')
                {
                    text.Append('-');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
