using System.Globalization;

namespace Site.Bench;

/// <summary>
/// The command line: <c>Site.Bench [N...] [--runs R] [--runs-at N:R] [--search-runs R] [--markdown PATH]
/// [--site-dll PATH] [--serve-at N] [--edits E] [--template-edits T] [--serve-no-search] [--work DIR]
/// [--keep]</c>.
/// </summary>
internal sealed record BenchOptions
{
    public const string Usage = "usage: Site.Bench [N...] [--runs R] [--runs-at N:R] [--search-runs R] [--markdown PATH] [--site-dll PATH] [--serve-at N] [--edits E] [--template-edits T] [--serve-no-search] [--work DIR] [--keep]";

    /// <summary>The sizes to measure: 1,000 to 50,000 shows how time grows.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [1000, 10000, 50000];

    public int Runs { get; init; } = 5;

    /// <summary>Fewer runs at a size (a long run at 50,000), as N:R; said in the report.</summary>
    public IReadOnlyDictionary<int, int> RunsAt { get; init; } = new Dictionary<int, int>();

    /// <summary>Runs of the build with search (Pagefind); by default as many as the other runs.</summary>
    public int? SearchRuns { get; init; }

    public string? Markdown { get; init; }

    public string? SiteDll { get; init; }

    /// <summary>The size at which serve is measured; the targets are set at 10,000.</summary>
    public int ServeAt { get; init; } = 10000;

    public int Edits { get; init; } = 5;

    public int TemplateEdits { get; init; } = 3;

    /// <summary>Serve as editors start it (with search), unless asked otherwise.</summary>
    public bool ServeSearch { get; init; } = true;

    public string Work { get; init; } = Path.GetTempPath();

    public bool Keep { get; init; }

    public int RunsFor(int size) => RunsAt.TryGetValue(size, out var runs) ? runs : Runs;

    public int SearchRunsFor(int size) => Math.Min(SearchRuns ?? Runs, RunsFor(size));

    /// <summary>The size serve is measured at: the one asked for, else the largest measured.</summary>
    public int ServeSize => Sizes.Contains(ServeAt) ? ServeAt : Sizes.Max();

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var sizes = new List<int>();
        var runsAt = new Dictionary<int, int>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            options = args[i] switch
            {
                "--runs" => options with { Runs = Number(Next()) },
                "--runs-at" => options with { RunsAt = Add(runsAt, Next()) },
                "--search-runs" => options with { SearchRuns = Number(Next(), zero: true) },
                "--markdown" => options with { Markdown = Path.GetFullPath(Next()) },
                "--site-dll" => options with { SiteDll = Path.GetFullPath(Next()) },
                "--serve-at" => options with { ServeAt = Number(Next()) },
                "--edits" => options with { Edits = Number(Next(), zero: true) },
                "--template-edits" => options with { TemplateEdits = Number(Next(), zero: true) },
                "--serve-no-search" => options with { ServeSearch = false },
                "--work" => options with { Work = Path.GetFullPath(Next()) },
                "--keep" => options with { Keep = true },
                var size when int.TryParse(size.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => Sized(options, sizes, n),
                var other => throw new ArgumentException($"unknown argument: {other}\n{Usage}"),
            };
        }

        return options;
    }

    private static BenchOptions Sized(BenchOptions options, List<int> sizes, int n)
    {
        sizes.Add(n);
        return options with { Sizes = sizes };
    }

    private static Dictionary<int, int> Add(Dictionary<int, int> runsAt, string value)
    {
        var parts = value.Split(':');
        runsAt[Number(parts[0])] = parts.Length == 2 ? Number(parts[1]) : throw new ArgumentException($"--runs-at takes N:R, not {value}");
        return runsAt;
    }

    private static int Number(string value, bool zero = false) =>
        int.TryParse(value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (n > 0 || zero) ? n : throw new ArgumentException($"not a {(zero ? "whole" : "positive")} number: {value}");
}
