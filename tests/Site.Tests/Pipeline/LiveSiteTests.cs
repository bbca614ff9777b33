using Site.Core.Diagnostics;
using Site.Core.Pipeline;
using Site.Tests.Support;

namespace Site.Tests.Pipeline;

/// <summary>
/// `serve`'s quick rebuild (<see cref="LiveSite"/>) against the full build: after any sequence of edits
/// of indicator files, it reports exactly the diagnostics a full check of the same files reports, and,
/// once the rest of the site has followed, output/ holds exactly the files a full build writes, byte for
/// byte. The quick way is only an optimisation: nothing an editor can see may depend on it.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create().WithSecondReport();
    private readonly string _full = Path.Combine(Path.GetTempPath(), "site-live-full-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_full))
        {
            Directory.Delete(_full, recursive: true);
        }
    }

    [Fact]
    public void AFullRebuildSwapsTheNewOutputInAndDeletesThePreviousOneAfterwards()
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(_site.Output))!;
        string[] Aside() => [.. Directory.EnumerateDirectories(parent, ".output.old-*")];

        // A leftover of a serve stopped while deleting: the next serve deletes it first.
        var leftover = Path.Combine(parent, ".output.old-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(leftover, "zh"));
        File.WriteAllText(Path.Combine(leftover, "zh", "index.html"), "old");
        using (var live = new LiveSite(new BuildOptions(_site.Root)))
        {
            Assert.True(live.Build().Succeeded);
            Assert.Empty(Aside());

            // A layout change rebuilds everything: the result is the new site at once, the old one moved aside.
            _site.Write("theme/layouts/about.html", File.ReadAllText(Path.Combine(_site.Root, "theme", "layouts", "about.html")) + "<!-- edited -->");
            var result = live.Build();
            Assert.True(result.Succeeded);
            Assert.NotNull(result.PreviousOutput);
            Assert.Contains("<!-- edited -->", _site.Text("en/about/index.html"), StringComparison.Ordinal);
        }

        // Disposing gives the deletion a moment: a small site's old output is gone by then.
        Assert.Empty(Aside());
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void EditsAdditionsAndRemovalsGiveWhatAFullBuildGives()
    {
        _site.Write("input/series.yaml", TestSite.SeriesIndicator());
        using var live = new LiveSite(new BuildOptions(_site.Root));
        Assert.True(live.Build().Succeeded);

        // A label edited: the page shows it at once; the rest (theme page, open data, sitemap) follows.
        var update = Quick(live, "input/series.yaml", TestSite.SeriesIndicator().Replace("en: Tax revenue }", "en: Revised tax revenue }", StringComparison.Ordinal));
        Assert.Equal(["/zh/indicators/tax-series/", "/en/indicators/tax-series/"], update.Pages.ToArray());
        Assert.Contains("Revised tax revenue", _site.Text("en/indicators/tax-series/index.html"), StringComparison.Ordinal);
        var rest = live.Complete(live.Current!, CancellationToken.None);
        Assert.Contains("/en/themes/digital/", rest.Pages);
        SameAsFullBuild();

        // A file added; then one with a figure another file already cites (a warning, as a full check gives it).
        Quick(live, "input/elevators.yaml", Elevators);
        live.Complete(live.Current!, CancellationToken.None);
        SameAsFullBuild();
        update = Quick(live, "input/tax-copy.yaml", TestSite.TaxHeadlineOnly("tax-copy"));
        Assert.Equal(FullCheck(), Lines(update.Diagnostics));
        Assert.Contains(update.Diagnostics, d => d.Code == DiagnosticCodes.FigureCitedTwice);
        live.Complete(live.Current!, CancellationToken.None);
        SameAsFullBuild();

        // A file removed: its pages and downloads go, and so does the warning.
        _site.Delete("input/tax-copy.yaml");
        update = live.Update(["input/tax-copy.yaml"]);
        Assert.True(update.Succeeded, string.Join("\n", Lines(update.Diagnostics)));
        Assert.Empty(update.Diagnostics);
        live.Complete(live.Current!, CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(_site.Output, "en", "indicators", "tax-copy", "index.html")));
        SameAsFullBuild();
    }

    private const string Elevators = TestSite.ElevatorsWithoutNoun + "\nnoun: { one: elevator, other: elevators }\n";

    [Fact]
    public void AnErrorKeepsTheLastGoodSiteUntilTheFileIsFixed()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        using var live = new LiveSite(new BuildOptions(_site.Root));
        Assert.True(live.Build().Succeeded);
        var before = _site.Text("en/indicators/tax-revenue/index.html");

        // A figure that is not in its quote, then a second file claiming the same id: each reported as a
        // full check reports it, and nothing is written.
        _site.Write("input/tax.yaml", TestSite.TaxIndicator(labelEn: "Broken").Replace("value: 306", "value: 30", StringComparison.Ordinal));
        var failed = live.Update(["input/tax.yaml"]);
        Assert.False(failed.Succeeded);
        Assert.Equal(FullCheck(), Lines(failed.Diagnostics));
        Assert.Equal(before, _site.Text("en/indicators/tax-revenue/index.html"));

        _site.Write("input/again.yaml", TestSite.TaxHeadlineOnly("tax-revenue"));
        failed = live.Update(["input/again.yaml"]);
        Assert.Equal(FullCheck(), Lines(failed.Diagnostics));
        Assert.Contains(failed.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateId && d.Span.Path == "input/tax.yaml");

        // Both fixed: the first file was still pending, and is taken with the second.
        _site.Delete("input/again.yaml");
        _site.Write("input/tax.yaml", TestSite.TaxIndicator(labelEn: "Fixed"));
        var fixedUpdate = live.Update(["input/again.yaml"]);
        Assert.True(fixedUpdate.Succeeded, string.Join("\n", Lines(fixedUpdate.Diagnostics)));
        Assert.Contains("Fixed", _site.Text("en/indicators/tax-revenue/index.html"), StringComparison.Ordinal);
        live.Complete(live.Current!, CancellationToken.None);
        SameAsFullBuild();
    }

    [Theory]
    [InlineData("data/units.yaml", false)]
    [InlineData("theme/layouts/base.html", false)]
    [InlineData("input/notes.txt", false)]
    [InlineData("input/tax.yaml", true)]
    public void OnlyIndicatorFilesTakeTheQuickWay(string path, bool quick)
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        using var live = new LiveSite(new BuildOptions(_site.Root));
        Assert.False(live.CanUpdate(["input/tax.yaml"]));
        Assert.True(live.Build().Succeeded);
        Assert.Equal(quick, live.CanUpdate([path]));
    }

    [Fact]
    public void ACancelledCompletionIsDoneAgainByTheNext()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        using var live = new LiveSite(new BuildOptions(_site.Root));
        Assert.True(live.Build().Succeeded);
        Quick(live, "input/tax.yaml", TestSite.TaxIndicator(labelEn: "First edit"));
        using (var cancelled = new CancellationTokenSource())
        {
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => live.Complete(live.Current!, cancelled.Token));
        }

        Quick(live, "input/tax.yaml", TestSite.TaxIndicator(labelEn: "Second edit"));
        live.Complete(live.Current!, CancellationToken.None);
        SameAsFullBuild();
    }

    private LiveUpdate Quick(LiveSite live, string path, string text)
    {
        _site.Write(path, text);
        Assert.True(live.CanUpdate([path]));
        var update = live.Update([path]);
        Assert.True(update.Succeeded, string.Join("\n", Lines(update.Diagnostics)));
        return update;
    }

    // What a full check of the same files reports, as lines.
    private List<string> FullCheck() => Lines(BuildPipeline.Run(new BuildOptions(_site.Root) { Write = false }).Diagnostics);

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.Format(null, Site.Core.Model.Language.En) + "\n" + d.Format(null, Site.Core.Model.Language.Zh))];

    private void SameAsFullBuild()
    {
        var full = BuildPipeline.Run(new BuildOptions(_site.Root) { OutputPath = _full });
        Assert.True(full.Succeeded);
        var ours = Files(_site.Output);
        var theirs = Files(_full);
        Assert.Equal(theirs.Keys, ours.Keys);
        foreach (var (path, bytes) in theirs)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(ours[path]), $"{path} differs from a full build's");
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
