using System.Collections.Immutable;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Scriban.Runtime;
using Site.Core.Diagnostics;
using Site.Core.Loading;

namespace Site.Core.Rendering;

/// <summary>
/// The theme's Scriban templates, parsed once. Layouts live in theme/layouts, partials (used with
/// <c>{{ partial "name" }}</c>) in theme/partials. Parse errors become SITE020 diagnostics that keep
/// Scriban's file, line and column.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string LayoutsFolder = "theme/layouts";
    public const string PartialsFolder = "theme/partials";

    private readonly SiteFiles _files;
    private readonly ImmutableDictionary<string, Template> _layouts;

    private TemplateSet(SiteFiles files, ImmutableDictionary<string, Template> layouts, ImmutableDictionary<string, Template> partials)
    {
        _files = files;
        _layouts = layouts;
        Partials = partials;
    }

    /// <summary>
    /// The partials, parsed once, keyed by the path <see cref="GetPath"/> gives. Each render context is
    /// seeded with them, so a partial is not parsed again for every page that includes it.
    /// </summary>
    public ImmutableDictionary<string, Template> Partials { get; }

    public static TemplateSet Load(SiteFiles files, DiagnosticBag diagnostics)
    {
        var layouts = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var partials = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var folder in new[] { LayoutsFolder, PartialsFolder })
        {
            if (!files.HasFolder(folder))
            {
                diagnostics.Error(
                    DiagnosticCodes.MissingFile,
                    Diagnostics.SourceSpan.File(folder),
                    new Message($"the theme folder '{folder}' does not exist", $"模板文件夹“{folder}”不存在"));
                continue;
            }

            // A site with a base takes each template from the base unless it has its own copy.
            foreach (var (name, path) in files.Files(folder, "*.html"))
            {
                var source = files.Read(path);
                var template = Template.Parse(source, path);
                Report(template, diagnostics);
                TemplatePunctuation.Check(template, source, path, diagnostics);
                if (folder == LayoutsFolder)
                {
                    layouts[Path.GetFileNameWithoutExtension(name)] = template;
                }
                else if (!template.HasErrors)
                {
                    partials[$"{folder}/{name}"] = template;
                }
            }
        }

        return new TemplateSet(files, layouts.ToImmutable(), partials.ToImmutable());
    }

    public Template Layout(string name) =>
        _layouts.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"layout '{name}' is missing from {LayoutsFolder}");

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
        $"{PartialsFolder}/{templateName}.html";

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath)
    {
        var path = _files.Locate(templatePath);
        if (!_files.Exists(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"partial '{templatePath}' does not exist");
        }

        return _files.Read(path);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Converts a Scriban position (0-based) into a diagnostic span (1-based).</summary>
    public static Diagnostics.SourceSpan SpanOf(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);

    private static void Report(Template template, DiagnosticBag diagnostics)
    {
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            // Scriban's own words are English only; the Chinese wraps them.
            diagnostics.Error(DiagnosticCodes.TemplateError, SpanOf(message.Span), new Message("template error: " + message.Message, "模板错误：" + message.Message));
        }
    }
}
