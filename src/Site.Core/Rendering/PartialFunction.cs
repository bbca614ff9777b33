using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Core.Rendering;

/// <summary>
/// <c>{{ partial "name" }}</c>: renders theme/partials/name.html in the current context. Scriban's own
/// <c>include</c> returns a plain string, which the escaping context would escape a second time; this
/// returns the partial's output as <see cref="HtmlString"/> (the partial escaped its own data already).
/// </summary>
public sealed class PartialFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "model");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        // A partial file's final newline would leave a blank line after every call.
        new HtmlString((_include.Invoke(context, callerContext!, arguments, blockStatement!) as string ?? string.Empty).TrimEnd('\n'));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
