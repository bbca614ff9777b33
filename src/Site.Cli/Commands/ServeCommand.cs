using System.CommandLine;
using Site.Cli.Terminal;
using Site.Core.Hosting;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Core.Search;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site serve</c>: builds, serves output/ on 127.0.0.1 with the production headers and redirects of
/// netlify.toml (read again when it changes), and rebuilds whenever a file under input/, data/ or theme/
/// changes. A failed rebuild prints its diagnostics and keeps serving the last good site.
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
        var options = new BuildOptions(root) { Search = noSearch ? null : PagefindIndexer.For(root), BaseUrl = $"http://127.0.0.1:{port}" };

        var toml = Path.Combine(root, "netlify.toml");
        var config = ReadConfig(toml, NetlifyConfig.Empty);

        // Watch before the first build: a change saved while it runs must trigger a rebuild, not be lost.
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true };
        void OnChange(object? sender, FileSystemEventArgs e)
        {
            var relative = Path.GetRelativePath(root, e.FullPath).Replace('\\', '/');
            if (relative == "netlify.toml")
            {
                // The host's rules, not the site: read them again, nothing to rebuild.
                Volatile.Write(ref config, ReadConfig(toml, Volatile.Read(ref config)));
            }
            else if (relative.StartsWith("input/", StringComparison.Ordinal) || relative.StartsWith("data/", StringComparison.Ordinal) || relative.StartsWith("theme/", StringComparison.Ordinal))
            {
                changed.Release();
            }
        }

        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;

        var preview = new PreviewChannel();
        void Build()
        {
            var result = BuildCommand.Run(options, language);
            if (result.Succeeded)
            {
                preview.Succeeded();
            }
            else
            {
                preview.Failed(PreviewFailure.Json(result, new SiteFiles(root), language));
            }
        }

        Build();
        using var server = new StaticServer(options.ResolvedOutputPath, port, () => Volatile.Read(ref config), preview);
        server.Start();
        Report.Success(language.Pick(
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
                // Editors save in bursts (temp file, rename, touch): wait for quiet, then rebuild once.
                Thread.Sleep(250);
                while (changed.CurrentCount > 0)
                {
                    changed.Wait(0);
                }

                Report.Info(language.Pick("检测到改动，正在重建", "change detected; rebuilding"));
                Build();
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return 0;
    }

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
