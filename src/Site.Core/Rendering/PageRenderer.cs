using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Rendering.Views;

namespace Site.Core.Rendering;

/// <summary>
/// Renders one page: the page's own layout first, then the base layout around it. Templates see
/// <c>page</c>, <c>site</c> and <c>model</c>, and the functions <c>tr</c> (an interface string; a
/// missing key is an error, never a fallback) and <c>partial</c>.
/// </summary>
/// <remarks>
/// Each thread keeps one template context for every page it renders: a context caches how it reads
/// each view type's members, and building that cache again for each of 20,000 pages cost more than the
/// rendering. A page's variables live in a global object pushed for that page and popped after it, so
/// nothing of one page reaches the next; a context a template error interrupted is thrown away.
/// </remarks>
public sealed class PageRenderer : IDisposable
{
    private readonly TemplateSet _templates;
    private readonly Dictionary<string, TranslateFunction> _translate;
    private readonly PartialFunction _partial = new();
    private readonly ThreadLocal<EscapingTemplateContext?> _contexts = new();

    public PageRenderer(TemplateSet templates, InterfaceStrings strings)
    {
        _templates = templates;
        _translate = Language.All.ToDictionary(l => l.Code, l => new TranslateFunction(strings.For(l), l.Code), StringComparer.Ordinal);
    }

    // A template error usually breaks every page of a kind; it is reported once, with the pages it broke.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Diagnostics.SourceSpan Span, string Message), System.Collections.Concurrent.ConcurrentBag<string>> _failures = new();

    /// <summary>Adds one diagnostic per distinct template error since the last call to <paramref name="diagnostics"/>.</summary>
    public void ReportFailures(DiagnosticBag diagnostics)
    {
        foreach (var ((span, message), bag) in _failures.OrderBy(f => f.Key.Span.Path, StringComparer.Ordinal).ThenBy(f => f.Key.Span.Line).ThenBy(f => f.Key.Span.Column).ThenBy(f => f.Key.Message, StringComparer.Ordinal))
        {
            // Pages render in parallel: sort them so the message is the same on every run.
            var pages = bag.Order(StringComparer.Ordinal).ToList();
            diagnostics.Error(DiagnosticCodes.TemplateError, span, Failure(pages, message));
        }

        _failures.Clear();
    }

    /// <summary>The message for a template error that broke <paramref name="pages"/> (sorted, at least one); Scriban's words stay English.</summary>
    private static Message Failure(List<string> pages, string message)
    {
        var others = pages.Count - 1;
        var where = others == 0
            ? new Message(pages[0], pages[0])
            : new Message($"{pages[0]} and {others} other page{(others == 1 ? string.Empty : "s")}", $"{pages[0]}及其他{others}个页面");
        return new Message($"template error while rendering {where.En}: {message}", $"生成页面{where.Zh}时模板出错：{message}");
    }

    public string? Render(PageKind kind, PageView page, SiteView site, LayoutView model, Language language, bool wrap = true)
    {
        var context = _contexts.Value ??= NewContext();
        context.PushGlobal(new ScriptObject
        {
            ["page"] = page,
            ["site"] = site,
            ["model"] = model,
            ["content"] = null,
            ["tr"] = _translate[language.Code],
            ["partial"] = _partial,
        });
        context.PushOutput(context.PageOutput);
        try
        {
            var html = RenderIn(context, kind.Layout, wrap);
            context.PopOutput();
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            _contexts.Value = null;
            _failures.GetOrAdd((TemplateSet.SpanOf(e.Span), e.OriginalMessage), _ => []).Add(page.Url);
            return null;
        }
    }

    public void Dispose() => _contexts.Dispose();

    private string RenderIn(EscapingTemplateContext context, string layout, bool wrap)
    {
        if (!wrap)
        {
            return _templates.Layout(layout).Render(context);
        }

        // The page's layout renders into its own output, which the base layout then places as `content`.
        context.PushOutput(context.BodyOutput);
        string body;
        try
        {
            body = _templates.Layout(layout).Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        context.SetValue(new ScriptVariableGlobal("content"), new HtmlString(body));
        return _templates.Layout("base").Render(context);
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext { TemplateLoader = _templates };
        foreach (var (path, partial) in _templates.Partials)
        {
            context.CachedTemplates[path] = partial;
        }

        return context;
    }
}
