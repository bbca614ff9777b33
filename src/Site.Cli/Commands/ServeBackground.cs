using System.Diagnostics;
using Site.Cli.Terminal;
using Site.Core.Diagnostics;
using Site.Core.Hosting;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Core.Search;

namespace Site.Cli.Commands;

/// <summary>
/// What `serve` does after a rebuild without making the editor wait: the rest of the site after a quick
/// update (<see cref="LiveSite.Complete"/>), then the search index (<see cref="LiveSite.Index"/>). A newer
/// edit stops the rest of the site (its update does it again, from the newer site) and waits for it to
/// stop, as it writes into the folder served. The search index is not stopped: Pagefind takes its time
/// and writes beside the output; when it ends, it starts again if a newer site came meanwhile.
/// </summary>
internal sealed class ServeBackground(LiveSite live, ISearchIndexer? indexer, PreviewChannel preview, Language language) : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _cancel;
    private Task _rest = Task.CompletedTask;
    private VerifiedSite? _toIndex;
    private bool _indexing;

    /// <summary>Starts the background work for <paramref name="site"/>: the rest of the site when <paramref name="complete"/>, then its search index.</summary>
    public void Start(VerifiedSite site, bool complete)
    {
        if (!complete)
        {
            Index(site);
            return;
        }

        var cancel = _cancel = new CancellationTokenSource();
        _rest = Task.Run(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            try
            {
                var rest = live.Complete(site, cancel.Token);
                Report.Diagnostics(rest.Diagnostics, site.Files, language, new Message("some pages were not updated", "部分页面没有更新"));
                Report.Success(language.Pick(
                    $"全站已是最新：另有 {rest.Pages.Length} 个页面有变化，用时 {stopwatch.ElapsedMilliseconds} 毫秒",
                    $"the whole site is up to date: {rest.Pages.Length} more pages changed, in {stopwatch.ElapsedMilliseconds} ms"));
                preview.Changed(rest.Pages);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Index(site);
        });
    }

    /// <summary>Stops the rest of the site, if it is being written, and waits until it has stopped.</summary>
    public void Stop()
    {
        _cancel?.Cancel();
        try
        {
            _rest.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // Stopped, as asked.
        }

        _cancel?.Dispose();
        _cancel = null;
    }

    public void Dispose() => Stop();

    private void Index(VerifiedSite site)
    {
        if (indexer is null)
        {
            return;
        }

        lock (_gate)
        {
            _toIndex = site;
            if (_indexing)
            {
                return;
            }

            _indexing = true;
        }

        _ = Task.Run(IndexUntilCurrent);
    }

    // Indexes the newest site asked for, again while a newer one was asked for meanwhile.
    private void IndexUntilCurrent()
    {
        while (true)
        {
            VerifiedSite site;
            lock (_gate)
            {
                if (_toIndex is null)
                {
                    _indexing = false;
                    return;
                }

                site = _toIndex;
                _toIndex = null;
            }

            var stopwatch = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            try
            {
                if (live.Index(site, indexer!, diagnostics))
                {
                    Report.Info(language.Pick($"搜索索引已更新，用时 {stopwatch.ElapsedMilliseconds} 毫秒", $"search index updated in {stopwatch.ElapsedMilliseconds} ms"));
                }
                else
                {
                    Report.Diagnostics(diagnostics.ToSortedList(), site.Files, language, new Message("search in the preview shows the last index made", "预览中的搜索仍使用上一次的索引"));
                }
            }
            catch (IOException e)
            {
                // A full rebuild swapped the output folder while the index moved in: index that one instead.
                Report.Info(language.Pick($"搜索索引未能放入输出目录（{e.Message}），将重新建立", $"the search index could not be moved into the output ({e.Message}); making it again"));
                lock (_gate)
                {
                    if (!ReferenceEquals(live.Current, site))
                    {
                        _toIndex ??= live.Current;
                    }
                }
            }
        }
    }
}
