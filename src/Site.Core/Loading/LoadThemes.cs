using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>Loads data/themes.yaml: sections with their sub-themes, in the report's order.</summary>
public static class LoadThemes
{
    public const string Path = "data/themes.yaml";

    public static ImmutableArray<Theme> Run(LoadContext context)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var sections = ImmutableArray.CreateBuilder<Theme>();
        foreach (var map in context.ListItems(Path, new Message("section", "部分")))
        {
            var id = context.Id(map, new Message("theme", "主题"), seen);
            var number = map.Localized("number", required: true);
            var title = map.Localized("title", required: true);
            var summary = map.Localized("summary", required: true);
            var children = ImmutableArray.CreateBuilder<Theme>();
            foreach (var node in map.Sequence("subthemes", required: true))
            {
                if (MappingReader.From(context, map.Path, node, new Message("sub-theme", "该子主题")) is not { } sub)
                {
                    continue;
                }

                var subId = context.Id(sub, new Message("theme", "主题"), seen);
                var subTitle = sub.Localized("title", required: true);
                var subSummary = sub.Localized("summary", required: false);
                sub.ReportUnknownFields();
                if (subId is not null && subTitle is not null && id is not null)
                {
                    children.Add(new Theme(subId, id, subTitle, null, subSummary, []));
                }
            }

            map.ReportUnknownFields();
            if (id is not null && title is not null)
            {
                sections.Add(new Theme(id, null, title, number, summary, children.ToImmutable()));
            }
        }

        return sections.ToImmutable();
    }
}
