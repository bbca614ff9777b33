using System.Diagnostics;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Site.Bench;

/// <summary>
/// The floor for <c>check</c>: a bare YamlDotNet parse of every YAML file check reads (input/ and data/),
/// with nothing built from it. Run as a cold child process like the CLI (<c>Site.Bench parse-floor ROOT</c>),
/// it gives both the cold-process floor (runtime start, JIT, reading, parsing) and, printed by the
/// child, the parse alone.
/// </summary>
internal static class ParseFloor
{
    public const string Command = "parse-floor";
    private const string Prefix = "parse seconds: ";

    /// <summary>The child's entry point: parses every file and prints the time the parse took.</summary>
    public static int Child(string root)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = 0;
        foreach (var file in Files(root))
        {
            using var reader = File.OpenText(file);
            new YamlStream().Load(reader);
            files++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{stopwatch.Elapsed.TotalSeconds:0.000000} ({files} files)"));
        return 0;
    }

    /// <summary>The in-process parse time the child printed.</summary>
    public static double Seconds(string output)
    {
        var line = output.Split('\n').First(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return double.Parse(line[Prefix.Length..].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "input"), "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "data"), "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
}
