using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>Loads data/glossary.yaml.</summary>
public static class LoadGlossary
{
    public const string Path = "data/glossary.yaml";

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
            map.ReportUnknownFields();
            if (id is not null && term is not null && en is not null && explanation is not null)
            {
                entries.Add(new GlossaryEntry(id, term, en, pinyin, explanation));
            }
        }

        return new Glossary(entries.ToImmutable());
    }
}
