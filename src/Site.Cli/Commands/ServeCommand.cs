using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Site.Cli.Terminal;
using Site.Core.Diagnostics;
using Site.Core.Hosting;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Core.Search;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site serve</c>: builds, serves output/ on 127.0.0.1 with the production headers and redirects of
/// netlify.toml (read again when it changes), and rebuilds whenever a file under input/, data/ or theme/
/// changes: after an edit of indicator files only, the quick way (<see cref="LiveSite"/>: the edited
/// pages at once, the rest of the site and the search index in the background); after any other change,
/// in full. A failed rebuild prints its diagnostics and keeps serving the last good site.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var noSearch = CommonOptions.NoSearch();
        var lang = CommonOptions.Lang();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1. Default: 8080.", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build, serve output/ on http://127.0.0.1:PORT/, rebuild on every change and reload the open pages.") { root, port, noSearch, lang };
        command.SetAction(parse => Run(
            parse.GetValue(root)!.FullName,
            parse.GetValue(port),
            parse.GetValue(noSearch),
            OutputLanguage.Choose(parse.GetValue(lang), Environment.GetEnvironmentVariable)));
        return command;
    }

    private static int Run(string root, int port, bool noSearch, Language language)
    {
        var options = new BuildOptions(root) { BaseUrl = $"http://127.0.0.1:{port}" };

        // An edit's update should not wait for a full, blocking collection of a heap that holds the whole site.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        var indexer = noSearch ? null : PagefindIndexer.For(root);

        var toml = Path.Combine(root, "netlify.toml");
        var config = ReadConfig(toml, NetlifyConfig.Empty);

        // Watch before the first build: a change saved while it runs must trigger a rebuild, not be lost.
        var changes = new ConcurrentQueue<string>();
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
        void OnChange(string fullPath)
        {
            var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            if (relative == "netlify.toml")
            {
                // The host's rules, not the site: read them again, nothing to rebuild.
                Volatile.Write(ref config, ReadConfig(toml, Volatile.Read(ref config)));
            }
            else if (relative.StartsWith("input/", StringComparison.Ordinal) || relative.StartsWith("data/", StringComparison.Ordinal) || relative.StartsWith("theme/", StringComparison.Ordinal))
            {
                changes.Enqueue(relative);
                changed.Release();
            }
        }

        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnChange(e.OldFullPath);
            OnChange(e.FullPath);
        };

        // Events were lost (a burst larger than the buffer): only a full rebuild is sure to see every change.
        watcher.Error += (_, _) =>
        {
            changes.Enqueue(FullRebuild);
            changed.Release();
        };
        watcher.EnableRaisingEvents = true;

        var preview = new PreviewChannel();
        using var live = new LiveSite(options);
        var files = new SiteFiles(root);
        using var background = new ServeBackground(live, indexer, preview, language);
        void Build()
        {
            var stopwatch = Stopwatch.StartNew();
            var result = live.Build();
            BuildCommand.Report(result, options, language, stopwatch.ElapsedMilliseconds, search: indexer is not null);
            if (result.Succeeded)
            {
                preview.Succeeded();
                background.Start(live.Current!, complete: false);
            }
            else
            {
                preview.Failed(PreviewFailure.Json(result.Diagnostics, files, language));
            }
        }

        void Update(IReadOnlyCollection<string> paths)
        {
            var stopwatch = Stopwatch.StartNew();
            var update = live.Update(paths);
            Terminal.Report.Diagnostics(update.Diagnostics, files, language, new Message("the pages served are the last good build's", "预览中仍是上一次成功生成的页面"));
            if (!update.Succeeded)
            {
                preview.Failed(PreviewFailure.Json(update.Diagnostics, files, language));
                return;
            }

            Terminal.Report.Success(language.Pick(
                $"已更新 {update.Pages.Length} 个页面，用时 {stopwatch.ElapsedMilliseconds} 毫秒；其余页面随后更新",
                $"updated {update.Pages.Length} pages in {stopwatch.ElapsedMilliseconds} ms; the rest of the site follows"));
            preview.Changed(update.Pages);
            background.Start(live.Current!, complete: true);
        }

        Build();
        using var server = new StaticServer(options.ResolvedOutputPath, port, () => Volatile.Read(ref config), preview);
        server.Start();
        Terminal.Report.Success(language.Pick(
            $"预览地址 {server.BaseUrl}/（按 Ctrl+C 停止）；正在监视 input/、data/、theme/ 和 netlify.toml，改动后自动重建并刷新页面",
            $"serving {server.BaseUrl}/ (Ctrl+C to stop); watching input/, data/, theme/ and netlify.toml; open pages reload after each rebuild"));

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        while (!stop.IsCancellationRequested)
        {
            try
            {
                changed.Wait(stop.Token);
                // Editors save in bursts (a temporary file, a rename, a touch): wait until the files have
                // been quiet for a moment, then rebuild once for all of them.
                while (changed.Wait(Quiet, stop.Token))
                {
                }

                var paths = new SortedSet<string>(StringComparer.Ordinal);
                while (changes.TryDequeue(out var path))
                {
                    paths.Add(path);
                }

                background.Stop();
                if (live.CanUpdate(paths))
                {
                    Update(paths);
                }
                else
                {
                    Terminal.Report.Info(language.Pick("检测到改动，正在重建", "change detected; rebuilding"));
                    Build();
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return 0;
    }

    // How long the files must be quiet before a rebuild: long enough for an editor's save, short enough not to be felt.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(5);

    // Not a path: what the watcher queues when it lost events.
    private const string FullRebuild = "\0full";

    // A file caught half-written by the editor keeps the rules already in force until its next change.
    private static NetlifyConfig ReadConfig(string toml, NetlifyConfig current)
    {
        try
        {
            return File.Exists(toml) ? NetlifyConfig.Parse(File.ReadAllText(toml)) : NetlifyConfig.Empty;
        }
        catch (IOException)
        {
            return current;
        }
    }
}
