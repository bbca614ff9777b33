using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>Loads data/codebook.yaml: the meaning of every column of the CSV files (<c>csv</c>) and every field of the JSON files (<c>json</c>).</summary>
public static class LoadCodebook
{
    public const string Path = "data/codebook.yaml";

    public static Codebook Run(LoadContext context)
    {
        var (root, path) = context.ParseFile(Path);
        var map = MappingReader.From(context, path, root, new Message("data dictionary", "数据字典"));
        if (map is null)
        {
            return new Codebook([], []);
        }

        var columns = Entries(context, map, "csv", "name");
        var fields = Entries(context, map, "json", "field");
        map.ReportUnknownFields();
        return new Codebook(columns, fields);
    }

    private static ImmutableArray<CodebookEntry> Entries(LoadContext context, MappingReader map, string list, string key)
    {
        var result = ImmutableArray.CreateBuilder<CodebookEntry>();
        foreach (var node in map.Sequence(list, required: true))
        {
            if (MappingReader.From(context, map.Path, node, new Message($"{list} entry", $"“{list}”列表中的该项")) is not { } item)
            {
                continue;
            }

            var name = item.RequiredString(key);
            var zh = item.RequiredString("zh");
            var en = item.RequiredString("en");
            item.ReportUnknownFields();
            if (name is not null && zh is not null && en is not null)
            {
                result.Add(new CodebookEntry(name, new LocalizedText(zh, en)));
            }
        }

        return result.ToImmutable();
    }
}
