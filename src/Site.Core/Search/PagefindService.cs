using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Site.Core.Search;

/// <summary>
/// Talks to Pagefind's binary in service mode (<c>pagefind_extended --service</c>), the protocol its own
/// Node API uses: each message is JSON, base64-encoded and followed by a comma, on stdin and stdout.
/// One request at a time; a reply of type Error, a binary that stops, or one that does not answer within
/// the reply timeout (it is then stopped: a hung indexer must not hang the build or CI) raises
/// <see cref="PagefindException"/>.
/// </summary>
public sealed class PagefindService : IDisposable
{
    /// <summary>Generous: this whole site is indexed and written in about a second; only a hung binary takes minutes.</summary>
    public static readonly TimeSpan DefaultReplyTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly TimeSpan _replyTimeout;
    private readonly StringBuilder _stderr = new();
    private int _nextId;
    private volatile bool _timedOut;

    private PagefindService(Process process, TimeSpan replyTimeout)
    {
        _process = process;
        _replyTimeout = replyTimeout;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    public static PagefindService Start(string binary, string workingDirectory) => Start(binary, workingDirectory, DefaultReplyTimeout);

    public static PagefindService Start(string binary, string workingDirectory, TimeSpan replyTimeout)
    {
        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.ASCII,
        };
        start.ArgumentList.Add("--service");
        return new PagefindService(Process.Start(start) ?? throw new PagefindException($"could not start {binary}"), replyTimeout);
    }

    /// <summary>A new, empty index; returns its id.</summary>
    public int NewIndex() =>
        Send(new JsonObject { ["type"] = "NewIndex", ["config"] = new JsonObject() }, "NewIndex")["index_id"]?.GetValue<int>() ?? throw new PagefindException("the indexer created an index without an id");

    /// <summary>Adds one HTML document under <paramref name="url"/>; its language comes from its html lang.</summary>
    public void AddFile(int index, string url, string html) =>
        Send(new JsonObject { ["type"] = "AddFile", ["index_id"] = index, ["url"] = url, ["file_contents"] = html }, "IndexedFile");

    /// <summary>Writes the bundle (pagefind.js, the index, fragments, WebAssembly) into <paramref name="folder"/>.</summary>
    public void WriteFiles(int index, string folder) =>
        Send(new JsonObject { ["type"] = "WriteFiles", ["index_id"] = index, ["output_path"] = folder }, "WriteFiles");

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
        catch (IOException)
        {
            // The pipe broke because the binary exited; nothing to stop.
        }

        _process.Dispose();
    }

    private JsonObject Send(JsonObject payload, string expected)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["message_id"] = id, ["payload"] = payload };
        try
        {
            _process.StandardInput.Write(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.ToJsonString())) + ",");
            _process.StandardInput.Flush();
        }
        catch (IOException e)
        {
            throw new PagefindException($"it stopped ({e.Message}). {Stderr()}".Trim());
        }

        // Stops the binary if it does not answer in time; the read below then ends and says why.
        using var watchdog = new Timer(_ => Stop(), null, _replyTimeout, Timeout.InfiniteTimeSpan);
        while (true)
        {
            var reply = Read() ?? throw new PagefindException(_timedOut
                ? $"it did not answer {expected} within {_replyTimeout.TotalSeconds:0} s and was stopped. {Stderr()}".Trim()
                : $"it stopped without answering. {Stderr()}".Trim());
            var replyPayload = reply["payload"] as JsonObject ?? throw new PagefindException("the Pagefind service sent a reply without a payload");
            var type = replyPayload["type"]?.GetValue<string>();
            if (type == "Error")
            {
                throw new PagefindException($"Pagefind: {replyPayload["message"]?.GetValue<string>()}");
            }

            if (reply["message_id"]?.GetValue<int>() != id)
            {
                continue;
            }

            return type == expected ? replyPayload : throw new PagefindException($"Pagefind answered {type} to a request expecting {expected}");
        }
    }

    private void Stop()
    {
        _timedOut = true;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }

    private JsonObject? Read()
    {
        var text = new StringBuilder();
        while (true)
        {
            var c = _process.StandardOutput.Read();
            if (c < 0)
            {
                return null;
            }

            if (c == ',')
            {
                break;
            }

            text.Append((char)c);
        }

        try
        {
            return JsonNode.Parse(Convert.FromBase64String(text.ToString().Trim())) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new PagefindException("the Pagefind service sent a message that could not be read");
        }
    }

    private string Stderr()
    {
        lock (_stderr)
        {
            var lines = _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return string.Join(" | ", lines.TakeLast(5));
        }
    }
}
