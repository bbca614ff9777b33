using System.Collections.Immutable;
using System.Net;
using Site.Core.Model;

namespace Site.Core.Hosting;

/// <summary>
/// A small static file server for previews and browser tests, listening on 127.0.0.1 only. It behaves
/// like the production host: the headers of netlify.toml, "/" redirected by Accept-Language, folders
/// served from index.html, and each language's own 404 page.
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
    private readonly Func<ImmutableArray<HeaderRule>> _headers;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private bool _disposed;

    public StaticServer(string folder, int port, Func<ImmutableArray<HeaderRule>> headers)
    {
        _folder = Path.GetFullPath(folder);
        _headers = headers;
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

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (path == "/" && LanguageChoice.FromAcceptLanguage(context.Request.Headers["Accept-Language"]) is { } chosen)
            {
                Redirect(response, "/" + chosen.Code + "/", 302);
                return;
            }

            var file = Resolve(path);
            if (file is null && !path.EndsWith('/') && Directory.Exists(Local(path)))
            {
                Redirect(response, path + "/", 301);
                return;
            }

            var status = 200;
            if (file is null)
            {
                status = 404;
                var language = path.StartsWith("/en/", StringComparison.Ordinal) ? Language.En : Language.Zh;
                file = Resolve($"/{language.Code}/404.html");
            }

            foreach (var (key, value) in NetlifyHeaders.For(_headers(), path))
            {
                response.Headers[key] = value;
            }

            response.StatusCode = status;
            if (file is null)
            {
                return;
            }

            response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(file), out var type) ? type : "application/octet-stream";
            var bytes = File.ReadAllBytes(file);
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

    private static void Redirect(HttpListenerResponse response, string location, int status)
    {
        response.StatusCode = status;
        response.RedirectLocation = location;
        response.Headers["Vary"] = "Accept-Language";
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
