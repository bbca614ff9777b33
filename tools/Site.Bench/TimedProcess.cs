using System.Diagnostics;
using System.Globalization;

namespace Site.Bench;

/// <summary>
/// Runs a command as a cold child process under GNU time (<c>/usr/bin/time -f %M</c>), which reports the
/// child's maximum resident set size from the kernel's own accounting (wait4's ru_maxrss): the real
/// peak, not a sample that could miss it. Wall time is measured here around start and exit.
/// </summary>
internal static class TimedProcess
{
    public const string GnuTime = "/usr/bin/time";

    public static ProcessSample Run(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var rss = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-f", "%M", "-o", rss, file, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var seconds = stopwatch.Elapsed.TotalSeconds;
            return new ProcessSample(seconds, PeakMb(rss), process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            File.Delete(rss);
        }
    }

    /// <summary>Runs a command to completion and returns what it printed (versions, sync); not timed.</summary>
    public static (int ExitCode, string Output) Plain(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    // GNU time writes "Command exited with non-zero status N" before the figure when the child fails:
    // the figure is always the last line.
    private static double PeakMb(string file)
    {
        var last = File.ReadAllLines(file).LastOrDefault(l => l.Length > 0);
        return last is not null && long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes) ? kilobytes / 1024.0 : double.NaN;
    }
}
