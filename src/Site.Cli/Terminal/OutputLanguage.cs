using Site.Core.Model;

namespace Site.Cli.Terminal;

/// <summary>
/// The language messages are printed in: <c>--lang</c> when given, else the environment's (the first of
/// LC_ALL, LC_MESSAGES, LANG and LANGUAGE that is set; zh_CN.UTF-8 and the like mean Chinese), else English.
/// </summary>
internal static class OutputLanguage
{
    private static readonly string[] Variables = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

    public static Language Choose(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return IsChinese(option) ? Language.Zh : Language.En;
        }

        var setting = Variables.Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return setting is not null && IsChinese(setting) ? Language.Zh : Language.En;
    }

    private static bool IsChinese(string value) => value.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
