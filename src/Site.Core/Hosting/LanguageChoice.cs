using Site.Core.Model;

namespace Site.Core.Hosting;

/// <summary>
/// Chooses a language from an Accept-Language header, as the host's redirect for "/" does: Chinese
/// when the reader prefers any zh variant over English, English when English comes first, and none
/// (the static chooser is served) when the reader accepts neither.
/// </summary>
public static class LanguageChoice
{
    public static Language? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var best = header.Split(',')
            .Select((part, index) =>
            {
                var pieces = part.Split(';');
                var tag = pieces[0].Trim().ToLowerInvariant();
                var q = 1.0;
                foreach (var p in pieces.Skip(1))
                {
                    var kv = p.Trim();
                    if (kv.StartsWith("q=", StringComparison.Ordinal) && double.TryParse(kv[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                    {
                        q = parsed;
                    }
                }

                return (Tag: tag, Q: q, Index: index);
            })
            .Where(x => x.Q > 0 && (x.Tag.StartsWith("zh", StringComparison.Ordinal) || x.Tag.StartsWith("en", StringComparison.Ordinal)))
            .OrderByDescending(x => x.Q)
            .ThenBy(x => x.Index)
            .FirstOrDefault();
        return best.Tag is null ? null : best.Tag.StartsWith("en", StringComparison.Ordinal) ? Language.En : Language.Zh;
    }
}
