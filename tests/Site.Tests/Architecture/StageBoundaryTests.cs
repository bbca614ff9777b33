using System.Reflection;
using System.Text.RegularExpressions;
using Site.Core.Model;

namespace Site.Tests.Architecture;

/// <summary>
/// The seams between stages hold: after the resolve stage nothing looks an id up or searches for a
/// quote again, no stage reaches into a later one, and no code or template branches on a language code.
/// Checked over the source itself, so a change that breaks a seam fails here with the file and line.
/// </summary>
public sealed partial class StageBoundaryTests
{
    private static readonly string Core = Path.Combine(RepositoryRoot.Path, "src", "Site.Core");

    // The stages that run after resolve: they read the resolved model only.
    private static readonly string[] AfterResolve = ["Rendering", "Output", "Search", "Formatting", "Charts", "Citing"];

    [Fact]
    public void StagesAfterResolveNeverReadTheInputModelOrProofs() =>
        AssertNone(AfterResolve, UsesInputOrProofs(), "reads the input model (ids) or validation's proofs instead of the resolved model");

    [Fact]
    public void StagesAfterResolveNeverSearchForAQuote() =>
        AssertNone(AfterResolve, SearchesForQuote(), "searches for a quote: its place is Citation.QuoteRange, proved by validation");

    [Fact]
    public void StagesAfterResolveNeedNoNullForgivingOperator() =>
        AssertNone(AfterResolve, NullForgiving(), "uses '!' to say validation made sure: take the resolved reference instead");

    [Fact]
    public void TheResolvedModelHasNoLookups()
    {
        var lookups = typeof(SiteModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SiteModel).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Find", StringComparison.Ordinal) || m.Name.StartsWith("PositionOf", StringComparison.Ordinal))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.Empty(lookups);
    }

    [Fact]
    public void ValidationNeverReadsTheRendererAndLoadingJudgesNothing()
    {
        AssertNone(["Validation"], Using("Rendering"), "validation reads the renderer");
        AssertNone(["Loading"], Using("Validation"), "a loader runs a validation rule");
    }

    [Fact]
    public void NoCodeBranchesOnALanguageCode() =>
        AssertNone(["."], LanguageCodeComparison(), "branches on a language code: say it in Language or its Wording");

    [Fact]
    public void NoTemplateBranchesOnALanguageCode()
    {
        var found = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "theme"), "*.html", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => TemplateLanguageCondition().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryRoot.Path, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "a template branches on the page's language code; let the view say it:\n" + string.Join("\n", found));
    }

    private static void AssertNone(string[] folders, Regex pattern, string what)
    {
        var found = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryRoot.Path, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, $"code that {what}:\n" + string.Join("\n", found));
    }

    private static Regex Using(string stage) => new($@"\bSite\.Core\.{stage}\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\bSite\.Core\.Input\b|\b(Site|Indicator|Figure|Citation|Document|Paragraph)Input\b|\bProofs\b|\bProofRecorder\b")]
    private static partial Regex UsesInputOrProofs();

    [GeneratedRegex(@"(IndexOf|Contains|Split|Replace)\([^)]*\bQuote\b")]
    private static partial Regex SearchesForQuote();

    // A call's or an indexer's result followed by '!' (FindTheme(id)!.Title, Units[id]!): the shape of "validation
    // made sure this exists". A '!' on a parameter bridges a library's annotations and is not looked for.
    [GeneratedRegex(@"[)\]]!(?=[.;,)\]])")]
    private static partial Regex NullForgiving();

    [GeneratedRegex(@"\.Code\s*[!=]=|[!=]=\s*""(zh|en)""|""(zh|en)""\s*[!=]=")]
    private static partial Regex LanguageCodeComparison();

    [GeneratedRegex(@"lang\.(other_)?code\s*[!=]=|[!=]=\s*['""](zh|en)['""]")]
    private static partial Regex TemplateLanguageCondition();
}
