using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Site.Bench;

/// <summary>
/// Measures <c>site serve</c> as an editor meets it, over HTTP: start it on a free port, wait until it
/// serves, then change one indicator's English label and poll that indicator's page until the new label
/// appears (the time from the write to the first response containing it); then the same for a template
/// change (a marker appended to the base layout, which every page shows after a full rebuild). Each
/// edit starts from a quiet server: after the page showed the previous one, the probe waits until the
/// server says the whole site is up to date (and, with search, that the search index is), then a second.
/// </summary>
internal sealed partial class ServeProbe(string siteDll, string root, SyntheticReport report, bool search)
{
    // Polling takes CPU from the rebuild on a 2-core machine: every 5 ms is precise enough for a target
    // of 100 ms and costs the server little.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);
    private readonly ConcurrentQueue<double> builds = new();
    private readonly ConcurrentQueue<double> completions = new();
    private int searchIndexes;
    private int searchIndexesExpected = 1;

    public ServeResult Run(int edits, int templateEdits)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[siteDll, "serve", "--root", root, "--port", port.ToString(CultureInfo.InvariantCulture), "--lang", "en", .. search ? Array.Empty<string>() : ["--no-search"]])
        {
            start.ArgumentList.Add(argument);
        }

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(1) };
        var stopwatch = Stopwatch.StartNew();
        using var server = Process.Start(start) ?? throw new InvalidOperationException("could not start site serve");
        server.OutputDataReceived += (_, e) => Record(e.Data);
        server.ErrorDataReceived += (_, e) => Record(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            WaitFor(http, "/en/", null, server);
            var startSeconds = stopwatch.Elapsed.TotalSeconds;
            var editSeconds = new List<double>();
            var editRebuilds = new List<double>();
            var editCompletions = new List<double>();
            for (var e = 0; e < edits; e++)
            {
                var indicator = report.Indicators[(int)((e + 0.5) * report.Indicators.Count / edits)];
                var (path, line) = SyntheticSite.LabelOf(root, indicator);
                var marker = $"Revised{e}x{Guid.NewGuid():N}"[..20];
                var text = File.ReadAllText(path).Replace(line, line[..^1] + " " + marker + "\"", StringComparison.Ordinal);
                var completed = completions.Count;
                var (seconds, rebuild) = Change(http, server, $"/en/indicators/{indicator.Id}/", marker, () => File.WriteAllText(path, text));
                editSeconds.Add(seconds);
                editRebuilds.Add(rebuild);
                WaitUntil(() => completions.Count > completed, server);
                editCompletions.Add(completions.Skip(completed).First());
            }

            var templateSeconds = new List<double>();
            var templateRebuilds = new List<double>();
            var layout = Path.Combine(root, "theme", "layouts", "base.html");
            var page = $"/en/indicators/{report.Indicators[0].Id}/";
            for (var e = 0; e < templateEdits; e++)
            {
                var marker = $"template-edit-{e}-{Guid.NewGuid():N}"[..28];
                var (seconds, rebuild) = Change(http, server, page, marker, () => File.AppendAllText(layout, $"<!-- {marker} -->\n"));
                templateSeconds.Add(seconds);
                templateRebuilds.Add(rebuild);
            }

            return new ServeResult(report.Indicators.Count, search, startSeconds, editSeconds, editRebuilds, editCompletions, templateSeconds, templateRebuilds, PeakMb(server.Id));
        }
        finally
        {
            // Only the server this probe started (and its children, such as the search indexer).
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    // One change: wait for quiet, write, then poll until the page shows the marker. Returns the time
    // from the write to that response, and the rebuild time the CLI printed for it.
    private (double Seconds, double Rebuild) Change(HttpClient http, Process server, string page, string marker, Action write)
    {
        // The server indexes for search in the background after each change (and after its first build).
        WaitUntil(() => !search || Volatile.Read(ref searchIndexes) >= searchIndexesExpected, server);
        searchIndexesExpected++;
        Thread.Sleep(TimeSpan.FromSeconds(1));
        var before = builds.Count;
        var stopwatch = Stopwatch.StartNew();
        write();
        WaitFor(http, page, marker, server);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        while (builds.Count <= before && stopwatch.Elapsed < Patience)
        {
            Thread.Sleep(PollInterval);
        }

        return (seconds, builds.Skip(before).FirstOrDefault(double.NaN));
    }

    private static void WaitUntil(Func<bool> done, Process server)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!done())
        {
            if (server.HasExited || stopwatch.Elapsed > Patience)
            {
                throw new InvalidOperationException("site serve stopped, or did not finish its background work in time");
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(50));
        }
    }

    private static void WaitFor(HttpClient http, string page, string? marker, Process server)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Patience)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"site serve exited with code {server.ExitCode}");
            }

            try
            {
                using var response = http.GetAsync(new Uri(page, UriKind.Relative)).Result;
                if (response.StatusCode == HttpStatusCode.OK && (marker is null || response.Content.ReadAsStringAsync().Result.Contains(marker, StringComparison.Ordinal)))
                {
                    return;
                }
            }
            catch (AggregateException e) when (e.InnerException is HttpRequestException)
            {
                // Not listening yet: the first build runs before the server starts.
            }

            Thread.Sleep(PollInterval);
        }

        throw new TimeoutException($"{page} did not show {marker ?? "up"} within {Patience.TotalMinutes} minutes");
    }

    // The CLI prints "built N pages (M files) into DIR in T ms" after a full build, "updated N pages in T ms"
    // after the quick one, "the whole site is up to date: N more pages changed, in T ms" when the rest
    // of the site follows, and "search index updated in T ms".
    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (BuiltIn().Match(line) is { Success: true } built)
        {
            builds.Enqueue(double.Parse(built.Groups[1].Value, CultureInfo.InvariantCulture) / 1000);
        }
        else if (CompletedIn().Match(line) is { Success: true } completed)
        {
            completions.Enqueue(double.Parse(completed.Groups[1].Value, CultureInfo.InvariantCulture) / 1000);
        }
        else if (line.StartsWith("search index updated", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref searchIndexes);
        }
    }

    // The kernel's high-water mark of the server's resident memory, read before it is stopped.
    private static double PeakMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"(?:built|updated) \d+ pages .*?in (\d+) ms")]
    private static partial Regex BuiltIn();

    [GeneratedRegex(@"the whole site is up to date: .* in (\d+) ms")]
    private static partial Regex CompletedIn();
}
