using System.Collections.Frozen;
using System.Globalization;

namespace Site.Core.Validation;

/// <summary>
/// Punctuation marks by name, in both languages: ，and 、, or , and ，, look alike in many fonts, so a
/// message that asks an editor to change one says which it is, with its code point for the exact reader.
/// </summary>
public static class MarkNames
{
    private static readonly FrozenDictionary<char, (string En, string Zh)> Names = new Dictionary<char, (string En, string Zh)>
    {
        ['，'] = ("full-width comma", "全角逗号"),
        [','] = ("half-width comma", "半角逗号"),
        ['、'] = ("enumeration comma", "顿号"),
        ['。'] = ("Chinese full stop", "句号"),
        ['.'] = ("half-width full stop", "半角句点"),
        ['；'] = ("full-width semicolon", "全角分号"),
        [';'] = ("half-width semicolon", "半角分号"),
        ['：'] = ("full-width colon", "全角冒号"),
        [':'] = ("half-width colon", "半角冒号"),
        ['！'] = ("full-width exclamation mark", "全角叹号"),
        ['!'] = ("half-width exclamation mark", "半角叹号"),
        ['？'] = ("full-width question mark", "全角问号"),
        ['?'] = ("half-width question mark", "半角问号"),
        ['（'] = ("full-width parenthesis", "全角括号"),
        ['）'] = ("full-width parenthesis", "全角括号"),
        ['('] = ("half-width parenthesis", "半角括号"),
        [')'] = ("half-width parenthesis", "半角括号"),
        ['“'] = ("Chinese opening quotation mark", "中文前引号"),
        ['”'] = ("Chinese closing quotation mark", "中文后引号"),
        ['"'] = ("straight quotation mark", "半角引号"),
        [' '] = ("space", "空格"),
        ['\u3000'] = ("full-width space", "全角空格"),
    }.ToFrozenDictionary();

    /// <summary>'，' (full-width comma, U+FF0C); a letter or digit as it is: '3'.</summary>
    public static string English(char c) => Names.TryGetValue(c, out var name)
        ? string.Create(CultureInfo.InvariantCulture, $"'{c}' ({name.En}, U+{(int)c:X4})")
        : Ambiguous(c) ? string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4})") : $"'{c}'";

    /// <summary>“，”（全角逗号，U+FF0C）; a letter or digit as it is: “3”.</summary>
    public static string Chinese(char c) => Names.TryGetValue(c, out var name)
        ? string.Create(CultureInfo.InvariantCulture, $"“{c}”（{name.Zh}，U+{(int)c:X4}）")
        : Ambiguous(c) ? string.Create(CultureInfo.InvariantCulture, $"“{c}”（U+{(int)c:X4}）") : $"“{c}”";

    private static bool Ambiguous(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
}
