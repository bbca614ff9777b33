using Site.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>What every loader needs: the files and the bag that collects problems.</summary>
public sealed record LoadContext(SiteFiles Files, DiagnosticBag Diagnostics)
{
    /// <summary>Parses a required file; a missing file is SITE026.</summary>
    public YamlNode? ParseFile(string relativePath)
    {
        if (!Files.Exists(relativePath))
        {
            Diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.File(relativePath), $"required file '{relativePath}' does not exist");
            return null;
        }

        return YamlFile.Parse(relativePath, Files.Read(relativePath), Diagnostics);
    }

    /// <summary>The items of a top-level list file, each as a mapping reader.</summary>
    public IEnumerable<MappingReader> ListItems(string relativePath, YamlNode? root, string itemName)
    {
        if (root is null)
        {
            yield break;
        }

        if (root is not YamlSequenceNode list)
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, YamlFile.SpanOf(relativePath, root), $"'{relativePath}' must be a list of {itemName}s");
            yield break;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(relativePath, item, Diagnostics, itemName) is { } reader)
            {
                yield return reader;
            }
        }
    }

    /// <summary>Checks an id's shape (kebab-case) and uniqueness within <paramref name="seen"/>.</summary>
    public string? Id(MappingReader reader, string what, Dictionary<string, Site.Core.Diagnostics.SourceSpan> seen)
    {
        var id = reader.RequiredString("id");
        if (id is null)
        {
            return null;
        }

        var span = reader.SpanOfValue("id");
        if (!Ids.IsKebabCase(id))
        {
            Diagnostics.Error(DiagnosticCodes.InvalidId, span, $"{what} id '{id}' is not kebab-case", $"use lowercase letters, digits and single hyphens, e.g. '{Ids.Suggest(id)}'");
        }

        if (seen.TryGetValue(id, out var first))
        {
            Diagnostics.Error(DiagnosticCodes.DuplicateId, span, $"duplicate {what} id '{id}'; it is already used at {first}");
            return null;
        }

        seen[id] = span;
        return id;
    }
}
