using System.Collections.Immutable;
using System.Globalization;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>Loads data/units.yaml.</summary>
public static class LoadUnits
{
    public const string Path = "data/units.yaml";

    public static ImmutableDictionary<string, Unit> Run(LoadContext context)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var units = ImmutableDictionary.CreateBuilder<string, Unit>(StringComparer.Ordinal);
        foreach (var map in context.ListItems(Path, new Message("unit", "单位")))
        {
            var id = context.Id(map, new Message("unit", "单位"), seen);
            var zh = map.RequiredString("zh");
            var en = map.OptionalString("en");
            var scaleText = map.OptionalString("scale");
            var formatText = map.OptionalString("format");
            var kind = map.RequiredString("kind");
            map.ReportUnknownFields();

            var scale = 0;
            if (scaleText is not null && !int.TryParse(scaleText, NumberStyles.None, CultureInfo.InvariantCulture, out scale))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    map.SpanOfValue("scale"),
                    new Message($"scale '{scaleText}' must be a power of ten such as 4 (万) or 8 (亿)", $"数量级“{scaleText}”必须是表示10的几次方的数字，例如4（万）或8（亿）"));
            }

            var format = UnitFormat.Number;
            if (formatText is not null && !Enum.TryParse(formatText, ignoreCase: true, out format))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    map.SpanOfValue("format"),
                    new Message($"format '{formatText}' must be one of: number, percent, points, ordinal, claim", $"格式“{formatText}”只能是以下之一：number、percent、points、ordinal、claim"));
            }

            if (id is not null && zh is not null && kind is not null)
            {
                units[id] = new Unit(id, zh, en, scale, format, kind);
            }
        }

        return units.ToImmutable();
    }
}
