using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// What every loader needs while one load runs: the files, the bag that collects problems, and the
/// Chinese texts the site writes itself (gathered as they are read, for the punctuation rule).
/// </summary>
public sealed class LoadContext(SiteFiles files, DiagnosticBag diagnostics)
{
    private readonly ImmutableArray<LocatedText>.Builder _chineseTexts = ImmutableArray.CreateBuilder<LocatedText>();

    public SiteFiles Files { get; } = files;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Every Chinese text read so far, in reading order.</summary>
    public ImmutableArray<LocatedText> ChineseTexts => _chineseTexts.ToImmutable();

    /// <summary>Notes a Chinese text the site writes itself: labels, descriptions, glossary entries, interface strings.</summary>
    public void AddChineseText(LocatedText text) => _chineseTexts.Add(text);

    /// <summary>
    /// Parses a required file, the site's own or else its base's (<see cref="SiteFiles.Locate"/>); a
    /// missing file is SITE026. Returns the path it was read from, for every position in it.
    /// </summary>
    public (YamlNode? Root, string Path) ParseFile(string relativePath)
    {
        var path = Files.Locate(relativePath);
        if (!Files.Exists(path))
        {
            Diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.File(relativePath), $"required file '{relativePath}' does not exist");
            return (null, path);
        }

        return (YamlFile.Parse(path, Files.Read(path), Diagnostics), path);
    }

    /// <summary>The items of a required top-level list file, each as a mapping reader.</summary>
    public IEnumerable<MappingReader> ListItems(string relativePath, string itemName)
    {
        var (root, path) = ParseFile(relativePath);
        if (root is null)
        {
            yield break;
        }

        relativePath = path;

        if (root is not YamlSequenceNode list)
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, YamlFile.SpanOf(relativePath, root), $"'{relativePath}' must be a list of {itemName}s");
            yield break;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(this, relativePath, item, itemName) is { } reader)
            {
                yield return reader;
            }
        }
    }

    /// <summary>Checks an id's shape (kebab-case) and uniqueness within <paramref name="seen"/>.</summary>
    public string? Id(MappingReader reader, string what, Dictionary<string, SourceSpan> seen)
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
