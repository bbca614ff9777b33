using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>Loads every source document in data/sources/.</summary>
public static class LoadSources
{
    public const string Folder = "data/sources";

    public static ImmutableArray<DocumentInput> Run(LoadContext context)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<DocumentInput>();
        // Reports are the largest files: parse them in parallel, each into its own bag, then read them in file order.
        var paths = context.Files.YamlFiles(Folder);
        var parsed = new (YamlDotNet.RepresentationModel.YamlNode? Root, DiagnosticBag Diagnostics)[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var bag = new DiagnosticBag();
            parsed[i] = (YamlFile.Load(context.Files, paths[i], bag), bag);
        });
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            context.Diagnostics.AddRange(parsed[i].Diagnostics.ToSortedList());
            var map = MappingReader.From(context, path, parsed[i].Root, new Message("source document", "该报告"));
            if (map is not null && Read(context, path, map, seen) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents.ToImmutable();
    }

    private static DocumentInput? Read(LoadContext context, string path, MappingReader map, Dictionary<string, SourceSpan> seen)
    {
        var id = context.Id(map, new Message("document", "报告"), seen);
        var title = map.Localized("title", required: true);
        var shortTitle = map.Localized("short_title", required: true);
        var issuer = map.Localized("issuer", required: true);
        var speaker = map.Localized("speaker", required: true);
        var occasion = map.Localized("occasion", required: true);
        var part = map.Localized("part", required: true);
        var provenance = map.Localized("provenance", required: true);
        var date = map.Date("date", required: true);
        var paragraphs = ReadParagraphs(context, path, map);
        map.ReportUnknownFields();

        if (id is null || date is null || title is null || shortTitle is null || issuer is null || speaker is null || occasion is null || part is null || provenance is null)
        {
            return null;
        }

        return new DocumentInput(id, title, shortTitle, issuer, speaker, occasion, part, provenance, date.Value, paragraphs);
    }

    private static ImmutableArray<ParagraphInput> ReadParagraphs(LoadContext context, string path, MappingReader map)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<ParagraphInput>();
        foreach (var node in map.Sequence("paragraphs", required: true))
        {
            if (MappingReader.From(context, path, node, new Message("paragraph", "该段落")) is not { } p)
            {
                continue;
            }

            var id = context.Id(p, new Message("paragraph", "段落"), seen);
            var theme = p.RequiredString("theme");
            var heading = p.RequiredString("heading");
            var text = p.RequiredString("text");
            var translation = p.RequiredString("translation");
            p.ReportUnknownFields();
            if (heading is not null && text is not null && !text.StartsWith(heading, StringComparison.Ordinal))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidReferenceData,
                    p.SpanOfValue("heading"),
                    new Message($"paragraph '{id}' does not begin with its heading '{heading}'", $"段落“{id}”的正文没有以它的标题“{heading}”开头"));
            }

            if (id is not null && theme is not null && heading is not null && text is not null && translation is not null)
            {
                result.Add(new ParagraphInput(id, theme, heading, text, translation, p.Spans(Field.Id, Field.Theme, Field.Heading, Field.Text, Field.Translation)));
            }
        }

        return result.ToImmutable();
    }
}
