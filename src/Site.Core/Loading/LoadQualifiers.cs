using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>Loads data/qualifiers.yaml and data/comparisons.yaml.</summary>
public static class LoadQualifiers
{
    public const string Path = "data/qualifiers.yaml";
    public const string ComparisonsPath = "data/comparisons.yaml";

    public static ImmutableDictionary<string, Qualifier> Run(LoadContext context)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, Qualifier>(StringComparer.Ordinal);
        foreach (var map in context.ListItems(Path, new Message("qualifier", "修饰词")))
        {
            var id = context.Id(map, new Message("qualifier", "修饰词"), seen);
            var zh = map.RequiredString("zh");
            var positionText = map.RequiredString("position");
            var directionText = map.OptionalString("direction");
            var en = map.OptionalString("en") ?? string.Empty;
            var exact = map.OptionalBool("exact", defaultValue: true);
            map.ReportUnknownFields();

            var position = QualifierPosition.Before;
            if (positionText is not null && !Enum.TryParse(positionText, ignoreCase: true, out position))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    map.SpanOfValue("position"),
                    new Message($"position '{positionText}' must be 'before' or 'after'", $"位置“{positionText}”只能是“before”（在数值前）或“after”（在数值后）"));
            }

            var direction = Direction.None;
            if (directionText is not null && !Enum.TryParse(directionText, ignoreCase: true, out direction))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    map.SpanOfValue("direction"),
                    new Message($"direction '{directionText}' must be 'increase' or 'decrease'", $"方向“{directionText}”只能是“increase”（增加）或“decrease”（减少）"));
            }

            if (id is not null && zh is not null)
            {
                result[id] = new Qualifier(id, zh, en, position, direction) { Exact = exact };
            }
        }

        return result.ToImmutable();
    }

    public static ImmutableDictionary<string, Comparison> RunComparisons(LoadContext context)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, Comparison>(StringComparer.Ordinal);
        foreach (var map in context.ListItems(ComparisonsPath, new Message("comparison", "比较基准")))
        {
            var id = context.Id(map, new Message("comparison", "比较基准"), seen);
            var zh = map.RequiredString("zh");
            var en = map.RequiredString("en");
            map.ReportUnknownFields();
            if (id is not null && zh is not null && en is not null)
            {
                result[id] = new Comparison(id, zh, en);
            }
        }

        return result.ToImmutable();
    }
}
