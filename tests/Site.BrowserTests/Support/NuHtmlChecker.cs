using System.Diagnostics;

namespace Site.BrowserTests.Support;

/// <summary>The Nu Html Checker (the pinned vnu-jar, see package.json) over a built site: one run, Java starts once.</summary>
public static class NuHtmlChecker
{
    /// <summary>Every error in the folder's pages and stylesheets, with paths relative to it; empty when there is none.</summary>
    public static async Task<string> ErrorsAsync(string folder)
    {
        var jar = Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` in the repository");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("JAVA") ?? "java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--skip-non-html", "--also-check-css", "--format", "gnu", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start)!;
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await java.WaitForExitAsync(timeout.Token);
        var report = ((await stdout) + (await stderr)).Replace(folder, string.Empty, StringComparison.Ordinal).Trim();
        return java.ExitCode == 0 ? report : $"vnu exited with {java.ExitCode}:\n{report}";
    }
}
