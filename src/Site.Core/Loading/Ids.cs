using System.Text;
using System.Text.RegularExpressions;
using Site.Core.Diagnostics;

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

    /// <summary>The message for an id that is not kebab-case; <paramref name="what"/> names what it is the id of.</summary>
    public static Message NotKebabCase(Message what, string id) =>
        new($"{what.En} id '{id}' is not kebab-case", $"{what.Zh}标识“{id}”不符合格式：只能由小写字母、数字和单个连字符组成");

    /// <summary>The hint for an id that is not kebab-case, with a spelling that is.</summary>
    public static Message KebabCaseHint(string id) => Suggest(id) is { Length: > 0 } suggestion
        ? new($"use lowercase letters, digits and single hyphens, e.g. '{suggestion}'", $"请只用小写字母、数字和单个连字符，例如“{suggestion}”")
        : new(
            "use lowercase English letters, digits and single hyphens, saying in English what it is, e.g. 'returnee-hukou'",
            "请用英文小写字母、数字和单个连字符，用英文说明它是什么，例如“returnee-hukou”（标识不能用汉字）");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
