using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Site.Core.Hosting;

/// <summary>
/// What `site serve` adds to the sites it serves, and only there: a script in every page that reloads it
/// after each rebuild (server-sent events from <c>/__preview/events</c>), and a panel with the errors when a
/// rebuild fails. The built files never contain it; the served pages' policies are widened by exactly
/// that one script: the page's own <c>script-src 'none'</c> and the host's header name its address.
/// </summary>
public sealed partial class PreviewChannel
{
    public const string Prefix = "/__preview/";

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _failure;

    /// <summary>The preview's own files: the reload script and the error panel's style.</summary>
    public static byte[]? File(string path) => path switch
    {
        Prefix + "reload.js" => Resource("reload.js"),
        Prefix + "preview.css" => Resource("preview.css"),
        _ => null,
    };

    /// <summary>A full rebuild succeeded: every open page reloads.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _failure = null;
            Send("event: reload\ndata: ok\n\n");
        }
    }

    /// <summary>
    /// Part of the site changed (serve's quick rebuild): the open pages among <paramref name="urls"/> reload,
    /// the others stay as they are; a failure shown before is cleared.
    /// </summary>
    public void Changed(IReadOnlyCollection<string> urls)
    {
        lock (_gate)
        {
            _failure = null;
            Send($"event: reload\ndata: {System.Text.Json.JsonSerializer.Serialize(new { pages = urls })}\n\n");
        }
    }

    /// <summary>A rebuild failed: every open page shows the errors (a JSON document for reload.js), and so does every page opened until the next good build.</summary>
    public void Failed(string failureJson)
    {
        lock (_gate)
        {
            _failure = failureJson;
            Send($"event: failed\ndata: {failureJson}\n\n");
        }
    }

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task Stream(HttpListenerResponse response, CancellationToken stop)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
            if (_failure is not null)
            {
                channel.Writer.TryWrite($"event: failed\ndata: {_failure}\n\n");
            }
        }

        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        try
        {
            await Write(response, ": connected\n\n", stop).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(stop);
                beat.CancelAfter(TimeSpan.FromSeconds(15));
                string message;
                try
                {
                    message = await channel.Reader.ReadAsync(beat.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    message = ": still here\n\n"; // keeps proxies and the browser from closing an idle stream
                }

                await Write(response, message, stop).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }
        }
    }

    /// <summary>A page as the preview serves it: the script and style added before &lt;/head&gt;, the page's own policy naming the script.</summary>
    public static string Page(string html, string baseUrl)
    {
        var script = baseUrl + Prefix + "reload.js";
        html = MetaScriptPolicy().Replace(html, $"script-src {script}");
        return html.Replace(
            "</head>",
            $"<link rel=\"stylesheet\" href=\"{Prefix}preview.css\">\n<script src=\"{Prefix}reload.js\" defer></script>\n</head>",
            StringComparison.Ordinal);
    }

    /// <summary>The host's policy as the preview sends it: its script-src also names the reload script.</summary>
    public static string Policy(string policy, string baseUrl) =>
        HeaderScriptPolicy().Replace(policy, m => m.Value + " " + baseUrl + Prefix + "reload.js", 1);

    private void Send(string message)
    {
        foreach (var client in _clients)
        {
            client.Writer.TryWrite(message);
        }
    }

    private static async Task Write(HttpListenerResponse response, string text, CancellationToken stop)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await response.OutputStream.WriteAsync(bytes, stop).ConfigureAwait(false);
        await response.OutputStream.FlushAsync(stop).ConfigureAwait(false);
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Site.Core.Hosting.Preview.{name}")
            ?? throw new InvalidOperationException($"the preview file {name} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex("(?<=<meta http-equiv=\"Content-Security-Policy\" content=\")script-src 'none'")]
    private static partial Regex MetaScriptPolicy();

    [GeneratedRegex(@"script-src[^;]*")]
    private static partial Regex HeaderScriptPolicy();
}
