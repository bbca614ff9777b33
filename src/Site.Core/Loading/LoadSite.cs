using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Loading;

/// <summary>The load stage: every data and input file into one input model. Problems are collected, not thrown.</summary>
public static class LoadSite
{
    public static SiteInput? Run(SiteFiles files, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var context = new LoadContext(files, diagnostics);
        var settings = LoadSettings.Run(context, baseUrlOverride);
        var themes = LoadThemes.Run(context);
        var units = LoadUnits.Run(context);
        var qualifiers = LoadQualifiers.Run(context);
        var comparisons = LoadQualifiers.RunComparisons(context);
        var documents = LoadSources.Run(context);
        var glossary = LoadGlossary.Run(context);
        var strings = LoadInterfaceStrings.Run(context);
        var codebook = LoadCodebook.Run(context);
        var indicators = LoadIndicators.Run(context);
        if (documents.IsEmpty)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.File(LoadSources.Folder), $"no source document in '{LoadSources.Folder}'");
        }

        return settings is null
            ? null
            : new SiteInput(settings, themes, units, qualifiers, comparisons, documents, glossary, strings, codebook, indicators, context.ChineseTexts);
    }
}
