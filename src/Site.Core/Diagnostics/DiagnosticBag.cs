namespace Site.Core.Diagnostics;

/// <summary>Collects diagnostics while a stage runs, so one run reports every problem.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>How many errors so far: a stage compares it before and after a step to see whether the step reported one.</summary>
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>
    /// Adds an error. The message and the hint are given in English and in Chinese: there is no form
    /// that takes English alone, so every diagnostic an editor can meet reads in both languages.
    /// </summary>
    public void Error(string code, SourceSpan span, Message message, Message? hint = null) =>
        _items.Add(Diagnostic.Error(code, span, message, hint));

    /// <summary>
    /// Adds a warning: printed and annotated like an error, but the build goes on. For what is very likely
    /// a mistake yet harms no reader's trust in a figure (the real site's tests allow none).
    /// </summary>
    public void Warning(string code, SourceSpan span, Message message, Message? hint = null) =>
        _items.Add(new Diagnostic(code, Severity.Warning, span, message) { Hint = hint });

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics in a stable order: by file, then position, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message.En, StringComparer.Ordinal)
            .Distinct()];
}
