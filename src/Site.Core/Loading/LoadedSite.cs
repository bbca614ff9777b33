using System.Collections.Immutable;
using Site.Core.Input;

namespace Site.Core.Loading;

/// <summary>
/// The load stage's result, with each indicator file's own (<see cref="IndicatorFile"/>, in ordinal order
/// of their paths): the site's input is the reference data, with its Chinese texts, and the indicators of
/// the files in file order, with theirs. `serve` replaces the files that changed and has the same input a
/// full load would give.
/// </summary>
public sealed record LoadedSite(SiteInput Input, ImmutableArray<LocatedText> DataTexts, ImmutableArray<IndicatorFile> IndicatorFiles)
{
    /// <summary>The file loaded from <paramref name="path"/>, or null.</summary>
    public IndicatorFile? File(string path) => Find(IndicatorFiles, path) is var i and >= 0 ? IndicatorFiles[i] : null;

    /// <summary>
    /// This site with <paramref name="files"/> loaded again (a path whose file is gone maps to null), and the
    /// input composed from the result.
    /// </summary>
    public LoadedSite With(IEnumerable<KeyValuePair<string, IndicatorFile?>> files)
    {
        // Arrays, not a tree: serve composes ten thousand files on every edit, and copies them in microseconds.
        var result = IndicatorFiles.ToBuilder();
        foreach (var (path, file) in files)
        {
            var i = Find(result, path);
            if (i >= 0 && file is null)
            {
                result.RemoveAt(i);
            }
            else if (i >= 0)
            {
                result[i] = file!;
            }
            else if (file is not null)
            {
                result.Insert(~i, file);
            }
        }

        return Of(Input, DataTexts, result.DrainToImmutable());
    }

    /// <summary>The site of <paramref name="files"/> (in ordinal order of their paths) over <paramref name="referenceData"/>, whose own Chinese texts are <paramref name="dataTexts"/>.</summary>
    public static LoadedSite Of(SiteInput referenceData, ImmutableArray<LocatedText> dataTexts, ImmutableArray<IndicatorFile> files)
    {
        var indicators = ImmutableArray.CreateBuilder<IndicatorInput>(files.Length);
        var texts = ImmutableArray.CreateBuilder<LocatedText>(dataTexts.Length + files.Sum(f => f.ChineseTexts.Length));
        texts.AddRange(dataTexts);
        foreach (var file in files)
        {
            if (file.Indicator is { } indicator)
            {
                indicators.Add(indicator);
            }

            texts.AddRange(file.ChineseTexts);
        }

        return new(referenceData with { Indicators = indicators.DrainToImmutable(), ChineseTexts = texts.MoveToImmutable() }, dataTexts, files);
    }

    // The index of path's file, or the bitwise complement of where it would go.
    private static int Find(IReadOnlyList<IndicatorFile> files, string path)
    {
        var (low, high) = (0, files.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(files[middle].Path, path);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }
}
