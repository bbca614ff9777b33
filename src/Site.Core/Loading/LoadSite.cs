using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Loading;

/// <summary>The load stage: every data and input file into one input model. Problems are collected, not thrown.</summary>
public static class LoadSite
{
    public static SiteInput? Run(SiteFiles files, string? baseUrlOverride, DiagnosticBag diagnostics) =>
        Load(files, baseUrlOverride, diagnostics)?.Input;

    /// <summary>The load stage, keeping each indicator file's own result, so `serve` can replace the ones that change.</summary>
    public static LoadedSite? Load(SiteFiles files, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var context = new LoadContext(files, diagnostics);
        var settings = LoadSettings.Run(context, baseUrlOverride);
        var themes = Nonempty(LoadThemes.Run, context, LoadThemes.Path, new Message("theme", "主题"));
        var units = Nonempty(LoadUnits.Run, context, LoadUnits.Path, new Message("unit", "单位"));
        var qualifiers = LoadQualifiers.Run(context);
        var comparisons = LoadQualifiers.RunComparisons(context);
        var documents = LoadSources.Run(context);
        var glossary = LoadGlossary.Run(context);
        var strings = LoadInterfaceStrings.Run(context);
        var codebook = LoadCodebook.Run(context);
        var dataTexts = context.ChineseTexts;
        var indicatorFiles = ImmutableArray.CreateBuilder<IndicatorFile>();
        foreach (var file in LoadIndicators.Files(files))
        {
            diagnostics.AddRange(file.Diagnostics);
            indicatorFiles.Add(file);
        }

        if (documents.IsEmpty)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingFile,
                SourceSpan.File(LoadSources.Folder),
                new Message($"no source document in '{LoadSources.Folder}'", $"“{LoadSources.Folder}”中没有任何报告"));
        }

        return settings is null
            ? null
            : LoadedSite.Of(new SiteInput(settings, themes, units, qualifiers, comparisons, documents, glossary, strings, codebook, [], dataTexts), dataTexts, indicatorFiles.DrainToImmutable());
    }

    // A catalogue every indicator needs (themes, units) that came out empty without an error of its own
    // is reported once here: validation then leaves references to it alone.
    private static T Nonempty<T>(Func<LoadContext, T> load, LoadContext context, string path, Message item)
        where T : System.Collections.IEnumerable
    {
        var errorsBefore = context.Diagnostics.ErrorCount;
        var loaded = load(context);
        if (!loaded.GetEnumerator().MoveNext() && context.Diagnostics.ErrorCount == errorsBefore)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.MissingField,
                SourceSpan.File(context.Files.Locate(path)),
                new Message($"{path} defines no {item.En}; every indicator needs one", $"{path}中没有定义任何{item.Zh}；每个指标都需要"));
        }

        return loaded;
    }
}
