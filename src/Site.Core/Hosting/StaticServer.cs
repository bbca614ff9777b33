using System.Collections.Immutable;
using System.Net;

namespace Site.Core.Hosting;

/// <summary>
/// A small static file server for previews and browser tests, listening on 127.0.0.1 only. It behaves
/// like the production host because it reads the production host's configuration: the headers and
/// redirect rules of netlify.toml ("/" by Accept-Language, each language's own 404 page), with folders
/// served from index.html.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private static readonly ImmutableDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".wasm"] = "application/wasm",
        [".webmanifest"] = "application/manifest+json",
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly Func<NetlifyConfig> _config;
    private readonly PreviewChannel? _preview;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private bool _disposed;

    /// <param name="folder">The built site.</param>
    /// <param name="port">The port on 127.0.0.1, or 0 for a free one.</param>
    /// <param name="config">Asked for every request, so a caller that rereads netlify.toml needs no restart.</param>
    /// <param name="preview">For `serve`: pages reload after each rebuild and show a failed rebuild's errors.</param>
    public StaticServer(string folder, int port, Func<NetlifyConfig> config, PreviewChannel? preview = null)
    {
        _folder = Path.GetFullPath(folder);
        _config = config;
        _preview = preview;
        Port = port == 0 ? FreePort() : port;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync: that is how the loop ends.
        }

        _stop.Dispose();
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        if (_preview is not null && path.StartsWith(PreviewChannel.Prefix, StringComparison.Ordinal))
        {
            await ServePreview(context, path).ConfigureAwait(false);
            return;
        }

        Serve(context, path);
    }

    // The preview's event stream and its two files.
    private async Task ServePreview(HttpListenerContext context, string path)
    {
        var response = context.Response;
        try
        {
            if (path == PreviewChannel.Prefix + "events")
            {
                await _preview!.Stream(response, _stop.Token).ConfigureAwait(false);
                return;
            }

            var bytes = PreviewChannel.File(path);
            response.StatusCode = bytes is null ? 404 : 200;
            if (bytes is not null)
            {
                response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
                response.Headers["Cache-Control"] = "no-store";
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            // The page went away.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (HttpListenerException)
            {
            }
        }
    }

    private void Serve(HttpListenerContext context, string path)
    {
        var response = context.Response;
        try
        {
            var config = _config();
            var file = Resolve(path);
            // "/en" is the folder /en/: it exists, and is answered with its address, as Netlify does.
            var folder = file is null && !path.EndsWith('/') && Resolve(path + "/") is not null;
            var rule = config.RedirectFor(path, file is not null || folder, context.Request.Headers["Accept-Language"]);
            if (rule is { IsRedirect: true })
            {
                Redirect(response, rule.Target(path), rule.Status, varyByLanguage: !rule.Languages.IsEmpty);
                return;
            }

            if (rule is null && folder)
            {
                Redirect(response, path + "/", 301, varyByLanguage: false);
                return;
            }

            var status = 200;
            if (rule is not null)
            {
                status = rule.Status;
                file = Resolve(rule.Target(path));
            }
            else if (file is null)
            {
                status = 404;
            }

            var html = file is not null && Path.GetExtension(file) == ".html";
            foreach (var (key, value) in config.HeadersFor(path))
            {
                response.Headers[key] = _preview is not null && html && key == "Content-Security-Policy" ? PreviewChannel.Policy(value, BaseUrl) : value;
            }

            response.StatusCode = status;
            if (file is null)
            {
                return;
            }

            response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(file), out var type) ? type : "application/octet-stream";
            var bytes = _preview is not null && html
                ? System.Text.Encoding.UTF8.GetBytes(PreviewChannel.Page(File.ReadAllText(file), BaseUrl))
                : File.ReadAllBytes(file);
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (HttpListenerException)
            {
                // The client went away.
            }
        }
    }

    private string? Resolve(string path)
    {
        var local = Local(path.EndsWith('/') ? path + "index.html" : path);
        return local.StartsWith(_folder, StringComparison.Ordinal) && File.Exists(local) ? local : null;
    }

    private string Local(string path) => Path.GetFullPath(Path.Combine(_folder, path.TrimStart('/')));

    private static void Redirect(HttpListenerResponse response, string location, int status, bool varyByLanguage)
    {
        response.StatusCode = status;
        response.RedirectLocation = location;
        if (varyByLanguage)
        {
            // Caches must not hand one reader's language redirect to another.
            response.Headers["Vary"] = "Accept-Language";
        }
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
