using System.Diagnostics;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// The Nu Html Checker (the pinned vnu-jar, see package.json) finds no error in any page or
/// stylesheet of the built site. One run over the whole folder: Java starts once.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class HtmlValidityTests(ServedSite site)
{
    [Fact]
    public async Task NuHtmlCheckerFindsNoErrorInAnyPageOrStylesheet()
    {
        var jar = Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` in the repository");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("JAVA") ?? "java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--skip-non-html", "--also-check-css", "--format", "gnu", site.Output })
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start)!;
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await java.WaitForExitAsync(timeout.Token);
        var report = ((await stdout) + (await stderr)).Replace(site.Output, string.Empty, StringComparison.Ordinal).Trim();
        Assert.True(java.ExitCode == 0 && report.Length == 0, $"vnu exited with {java.ExitCode}:\n{report}");
    }
}
