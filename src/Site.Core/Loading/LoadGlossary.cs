using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>Loads data/glossary.yaml.</summary>
public static class LoadGlossary
{
    public const string Path = "data/glossary.yaml";

    private const string Official = "official";
    private const string OwnRendering = "site";

    public static Glossary Run(LoadContext context)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>();
        foreach (var map in context.ListItems(Path, new Message("glossary entry", "术语表条目")))
        {
            var id = context.Id(map, new Message("glossary", "术语表条目"), seen);
            var term = map.RequiredString("term");
            var en = map.RequiredString("en");
            var pinyin = map.OptionalString("pinyin");
            var explanation = map.Localized("explanation", required: true);
            var variants = Variants(context, map);
            var (statusKnown, source) = EnglishSource(context, map);
            map.ReportUnknownFields();
            if (id is not null && term is not null && en is not null && explanation is not null && statusKnown)
            {
                entries.Add(new GlossaryEntry(id, term, en, pinyin, explanation, variants, source));
            }
        }

        return new Glossary(entries.ToImmutable());
    }

    private static ImmutableArray<string> Variants(LoadContext context, MappingReader map)
    {
        var variants = ImmutableArray.CreateBuilder<string>();
        foreach (var node in map.Sequence("variants", required: false))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } text } && !string.IsNullOrWhiteSpace(text))
            {
                variants.Add(text.Trim());
            }
            else
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.WrongType,
                    YamlFile.SpanOf(Path, node),
                    new Message("each of 'variants' must be an English name written as text", "variants中的每一项都必须是一个英文名称（文字）"),
                    new Message("write one English form per line, such as - Integrated Online Administration", "每行写一个英文写法，例如：- Integrated Online Administration"));
            }
        }

        return variants.ToImmutable();
    }

    // en_status says whether the English is official (and then en_source says where it is published) or
    // the site's own rendering; readers are told which, so a rendering is never passed off as official.
    private static (bool Known, LocalizedText? Source) EnglishSource(LoadContext context, MappingReader map)
    {
        var status = map.RequiredString("en_status");
        switch (status)
        {
            case null:
                return (false, null);
            case Official:
                var source = map.Localized("en_source", required: true);
                return (source is not null, source);
            case OwnRendering:
                if (map.Has("en_source"))
                {
                    context.Diagnostics.Error(
                        DiagnosticCodes.InvalidValue,
                        map.SpanOfKey("en_source"),
                        new Message("'en_source' is only for an official English name (en_status: official)", "en_source只用于官方英文名（en_status: official）"),
                        new Message(
                            "remove en_source, or, if the English name is published officially, write en_status: official",
                            "请删除en_source；如果这个英文名确有官方出处，请把en_status改为official"));
                    return (false, null);
                }

                return (true, null);
            default:
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    map.SpanOfValue("en_status"),
                    new Message($"en_status '{status}' must be 'official' or 'site'", $"en_status“{status}”只能是official（官方英文名）或site（本站译名）"),
                    new Message(
                        "official: the English name is published by a government body (say where in en_source); site: this site's own rendering",
                        "official表示英文名由政府机关正式发布（请在en_source中写明出处）；site表示本站自己的译名"));
                return (false, null);
        }
    }
}
