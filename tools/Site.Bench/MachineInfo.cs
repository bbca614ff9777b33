using System.Globalization;
using System.Runtime.InteropServices;

namespace Site.Bench;

/// <summary>What the figures were measured on: they mean little without it.</summary>
internal sealed record MachineInfo(string Date, int Cores, string Cpu, string Memory, string System, string LoadAverage, string DotnetRuntime, string DotnetSdk, string Hugo)
{
    public static MachineInfo Read(string hugoVersion) => new(
        DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        Environment.ProcessorCount,
        Field("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Field("/proc/meminfo", "MemTotal", ':') is { } kb ? string.Create(CultureInfo.InvariantCulture, $"{long.Parse(kb.Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB") : "unknown",
        Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown",
        RuntimeInformation.FrameworkDescription,
        TimedProcess.Plain("dotnet", "--version").Output.Trim(),
        hugoVersion);

    // "key<separator> value" lines of /proc and /etc files: the first value for the key.
    private static string? Field(string file, string key, char separator) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains(separator, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
