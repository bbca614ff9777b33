using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>`site serve`: serves the built site on 127.0.0.1 and rebuilds when an input file changes.</summary>
public sealed class ServeTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ServesTheSiteAndFollowsChangesToIndicatorsAndHostRules()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        // The repository's own host configuration: serve takes both its headers and its redirect rules.
        _site.Write("netlify.toml", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "netlify.toml")));
        var port = FreePort();
        var start = SiteProcess.StartInfo(["serve", "--root", _site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-search"]);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            var page = await Eventually(http, "/en/indicators/tax-revenue/", (_, body) => body.Contains("Tax revenue", StringComparison.Ordinal));
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

            var notFound = await http.GetAsync(new Uri("/en/no-such-page/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Contains("<html lang=\"en\">", await notFound.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5");
            var redirect = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
            Assert.Equal("/en/", redirect.Headers.Location?.OriginalString);

            _site.Write("input/tax.yaml", TestSite.TaxIndicator(labelEn: "Tax revenue, edited"));
            await Eventually(http, "/en/indicators/tax-revenue/", (_, body) => body.Contains("Tax revenue, edited", StringComparison.Ordinal));

            // The preview, and only the preview, adds its reload script: the page's own policy and the
            // host's header name it; the file in output/ is as the build wrote it.
            var served = await (await http.GetAsync(new Uri("/en/", UriKind.Relative))).Content.ReadAsStringAsync();
            var reload = $"http://127.0.0.1:{port}/__preview/reload.js";
            Assert.Contains("<script src=\"/__preview/reload.js\" defer></script>", served, StringComparison.Ordinal);
            Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"script-src {reload}\"", served, StringComparison.Ordinal);
            Assert.Contains($"script-src 'self' 'wasm-unsafe-eval' {reload};", (await http.GetAsync(new Uri("/en/", UriKind.Relative))).Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            var built = File.ReadAllText(Path.Combine(_site.Output, "en", "index.html"));
            Assert.DoesNotContain("__preview", built, StringComparison.Ordinal);
            Assert.Contains("content=\"script-src 'none'\"", built, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/__preview/reload.js", UriKind.Relative))).StatusCode);

            // Open pages hear of each rebuild: reload after a good one, the errors after a failed one.
            using var events = await http.GetAsync(new Uri("/__preview/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
            using var stream = new StreamReader(await events.Content.ReadAsStreamAsync());
            _site.Write("input/tax.yaml", TestSite.TaxIndicator().Replace("value: 306", "value: 30", StringComparison.Ordinal));
            var failed = await NextEvent(stream, "failed");
            Assert.Contains("input/tax.yaml:6:8: error SITE013: the figure as written, '30亿元', does not occur in the quote", failed, StringComparison.Ordinal);
            Assert.Contains("\"title\":\"The rebuild failed: 1 problem\"", failed, StringComparison.Ordinal);
            // Fixed: the quick rebuild names the pages it changed, and the pages open at them reload.
            _site.Write("input/tax.yaml", TestSite.TaxIndicator(labelEn: "Tax revenue, edited"));
            Assert.Equal("{\"pages\":[\"/zh/indicators/tax-revenue/\",\"/en/indicators/tax-revenue/\"]}", await NextEvent(stream, "reload"));

            // A change to reference data is a full rebuild: every open page reloads ("ok"; the rest of
            // the site, following the quick rebuild in the background, may be announced before it).
            _site.Write("data/site.yaml", File.ReadAllText(Path.Combine(_site.Root, "data", "site.yaml")).Replace("Test site", "Test site renamed", StringComparison.Ordinal));
            while (await NextEvent(stream, "reload") is var data && data != "ok")
            {
                Assert.StartsWith("{\"pages\":", data, StringComparison.Ordinal);
            }

            // An edited netlify.toml applies without a restart.
            var toml = File.ReadAllText(Path.Combine(_site.Root, "netlify.toml"));
            _site.Write("netlify.toml", toml.Replace("    X-Content-Type-Options = ", "    X-Robots-Tag = \"noindex\"\n    X-Content-Type-Options = ", StringComparison.Ordinal));
            await Eventually(http, "/en/", (response, _) => response.Headers.TryGetValues("X-Robots-Tag", out var tag) && tag.Single() == "noindex");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<HttpResponseMessage> Eventually(HttpClient http, string path, Func<HttpResponseMessage, string, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                if (response.IsSuccessStatusCode && ready(response, await response.Content.ReadAsStringAsync()))
                {
                    return response;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not become ready in time");
            await Task.Delay(200);
        }
    }

    // The data of the next server-sent event of a kind, skipping comments and other events.
    private static async Task<string> NextEvent(StreamReader stream, string kind)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var current = string.Empty;
        while (await stream.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == kind)
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException($"the event stream ended before a '{kind}' event");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
