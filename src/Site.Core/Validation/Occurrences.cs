namespace Site.Core.Validation;

/// <summary>Ordinal (byte-exact) substring positions.</summary>
public static class Occurrences
{
    public static IEnumerable<int> Positions(string text, string value)
    {
        if (value.Length == 0)
        {
            yield break;
        }

        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
