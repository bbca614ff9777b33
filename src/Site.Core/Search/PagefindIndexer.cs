using System.Collections.Immutable;
using System.Diagnostics;
using Site.Core.Diagnostics;

namespace Site.Core.Search;

/// <summary>
/// The search stage: runs Pagefind's extended binary (it segments Chinese) in service mode and writes one
/// bundle per language into the staging folder: pagefind/zh/ and pagefind/en/. Separate bundles let a
/// page load the other language's index too, which is how a Chinese query typed on an English page
/// still finds results. The pinned version comes from package.json / package-lock.json; when it is not
/// installed yet the stage installs it with `npm ci` first. If it still cannot run, the build fails
/// with SITE022 rather than publish a site whose search silently finds nothing.
/// </summary>
public sealed class PagefindIndexer(string root) : ISearchIndexer
{
    private static readonly string[] Candidates =
    [
        "node_modules/@pagefind/linux-x64/bin/pagefind_extended",
        "node_modules/@pagefind/linux-arm64/bin/pagefind_extended",
        "node_modules/@pagefind/darwin-arm64/bin/pagefind_extended",
        "node_modules/@pagefind/darwin-x64/bin/pagefind_extended",
        "node_modules/@pagefind/windows-x64/bin/pagefind_extended.exe",
    ];

    // Pagefind always writes its ready-made interfaces too. The site has its own (search.js) and never
    // loads these: they would be ~430 KB per language of files deployed and never requested.
    private static readonly string[] UnusedFiles =
    [
        "pagefind-ui.js", "pagefind-ui.css",
        "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css",
        "pagefind-highlight.js",
    ];

    /// <summary>
    /// The indexer for the site at <paramref name="siteRoot"/>, run from the folder that pins the tools
    /// (package-lock.json): the site's own, or its base's for a site that shares the repository's.
    /// </summary>
    public static PagefindIndexer For(string siteRoot) =>
        new(Loading.SiteFiles.Open(siteRoot).Layers.FirstOrDefault(l => File.Exists(Path.Combine(l, "package-lock.json"))) ?? siteRoot);

    /// <summary>Where a language's bundle goes, relative to the site root; search.js imports pagefind.js from it.</summary>
    public static string BundleFolder(string languageCode) => $"pagefind/{languageCode}";

    public bool Index(string siteFolder, ImmutableArray<SearchDocument> documents, DiagnosticBag diagnostics)
    {
        var binary = Find() ?? (Install(diagnostics) ? Find() : null);
        if (binary is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(
                    DiagnosticCodes.SearchIndexFailed,
                    SourceSpan.File("package.json"),
                    new Message("the search indexer (Pagefind's extended binary) is not installed", "没有安装搜索索引程序（Pagefind扩展版）"),
                    new Message(
                        "install Node.js and run `npm ci` in the site root, or build with --no-search for a site without search",
                        "请安装Node.js，并在网站根目录运行`npm ci`；或加上--no-search，生成不带搜索功能的网站"));
            }

            return false;
        }

        try
        {
            using var service = PagefindService.Start(binary, root);
            foreach (var language in documents.GroupBy(d => d.Language.Code))
            {
                var index = service.NewIndex();
                foreach (var document in language)
                {
                    service.AddFile(index, document.Url, document.Html);
                }

                var folder = Path.Combine(siteFolder, BundleFolder(language.Key).Replace('/', Path.DirectorySeparatorChar));
                service.WriteFiles(index, folder);
                if (!File.Exists(Path.Combine(folder, "pagefind.js")))
                {
                    throw new PagefindException($"Pagefind wrote no pagefind.js into {BundleFolder(language.Key)}/");
                }

                foreach (var unused in UnusedFiles)
                {
                    File.Delete(Path.Combine(folder, unused));
                }
            }

            return true;
        }
        catch (Exception e) when (e is PagefindException or IOException or System.ComponentModel.Win32Exception)
        {
            var relative = Path.GetRelativePath(root, binary).Replace(Path.DirectorySeparatorChar, '/');
            diagnostics.Error(
                DiagnosticCodes.SearchIndexFailed,
                SourceSpan.File("package.json"),
                new Message(
                    $"Pagefind ({relative}) could not build the search index: {e.Message}",
                    $"Pagefind（{relative}）无法建立搜索索引：{e.Message}"),
                new Message(
                    "check that `npm ci` installed the pinned version (package-lock.json), or build with --no-search for a site without search",
                    "请检查`npm ci`是否安装了package-lock.json指定的版本；或加上--no-search，生成不带搜索功能的网站"));
            return false;
        }
    }

    private string? Find() => Candidates.Select(c => Path.Combine(root, c)).FirstOrDefault(File.Exists);

    private bool Install(DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(root, "package-lock.json")))
        {
            return false;
        }

        try
        {
            var (exit, output) = Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], root);
            if (exit != 0)
            {
                var tail = Tail(output);
                diagnostics.Error(
                    DiagnosticCodes.SearchIndexFailed,
                    SourceSpan.File("package-lock.json"),
                    new Message($"`npm ci` could not install the pinned search indexer: {tail}", $"`npm ci`无法安装指定版本的搜索索引程序：{tail}"));
                return false;
            }

            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(
                DiagnosticCodes.SearchIndexFailed,
                SourceSpan.File("package.json"),
                new Message("the search indexer is not installed and npm was not found to install it", "没有安装搜索索引程序，也找不到可用来安装它的npm"),
                new Message(
                    "install Node.js (with npm), or build with --no-search for a site without search",
                    "请安装Node.js（含npm）；或加上--no-search，生成不带搜索功能的网站"));
            return false;
        }
    }

    private static (int Exit, string Output) Run(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Tail(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.TakeLast(5));
    }
}
