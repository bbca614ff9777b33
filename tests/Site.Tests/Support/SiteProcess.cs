using System.Diagnostics;

namespace Site.Tests.Support;

/// <summary>
/// The real command-line program (site.dll, copied beside the tests), run as an editor or CI runs it,
/// in a known environment: no colour, and messages in the language a test asks for, whatever the
/// machine's locale.
/// </summary>
public static class SiteProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANGUAGE", "GITHUB_STEP_SUMMARY" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs the program to its end (at most two minutes: a hang fails the test, it does not stall the run).</summary>
    public static (int Exit, string Stdout, string Stderr) Run(params string[] arguments) => RunWith(null, arguments);

    /// <summary>As <see cref="Run"/>, with environment variables set (LANG=zh_CN.UTF-8, GITHUB_STEP_SUMMARY ...).</summary>
    public static (int Exit, string Stdout, string Stderr) RunWith(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"site {string.Join(' ', arguments)} did not finish within two minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
