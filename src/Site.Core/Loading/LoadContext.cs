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
            Diagnostics.Error(
                DiagnosticCodes.MissingFile,
                SourceSpan.File(relativePath),
                new Message($"required file '{relativePath}' does not exist", $"必需的文件“{relativePath}”不存在"));
            return (null, path);
        }

        return (YamlFile.Load(Files, path, Diagnostics), path);
    }

    /// <summary>
    /// The items of a required top-level list file, each as a mapping reader. <paramref name="itemName"/>
    /// names one item in both languages ("unit" / "单位").
    /// </summary>
    public IEnumerable<MappingReader> ListItems(string relativePath, Message itemName)
    {
        var (root, path) = ParseFile(relativePath);
        if (root is null)
        {
            yield break;
        }

        relativePath = path;

        if (root is not YamlSequenceNode list)
        {
            Diagnostics.Error(
                DiagnosticCodes.WrongType,
                YamlFile.SpanOf(relativePath, root),
                new Message($"'{relativePath}' must be a list of {itemName.En}s", $"“{relativePath}”必须是{itemName.Zh}的列表"));
            yield break;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(this, relativePath, item, new Message(itemName.En, "该" + itemName.Zh)) is { } reader)
            {
                yield return reader;
            }
        }
    }

    /// <summary>
    /// Checks an id's shape (kebab-case) and uniqueness within <paramref name="seen"/>;
    /// <paramref name="what"/> names what the id is of, in both languages ("unit" / "单位").
    /// </summary>
    public string? Id(MappingReader reader, Message what, Dictionary<string, SourceSpan> seen)
    {
        var id = reader.RequiredString("id");
        if (id is null)
        {
            return null;
        }

        var span = reader.SpanOfValue("id");
        if (!Ids.IsKebabCase(id))
        {
            Diagnostics.Error(DiagnosticCodes.InvalidId, span, Ids.NotKebabCase(what, id), Ids.KebabCaseHint(id));
        }

        if (seen.TryGetValue(id, out var first))
        {
            Diagnostics.Error(
                DiagnosticCodes.DuplicateId,
                span,
                new Message($"duplicate {what.En} id '{id}'; it is already used at {first}", $"{what.Zh}标识“{id}”重复；它已在{first}处使用"));
            return null;
        }

        seen[id] = span;
        return id;
    }
}
