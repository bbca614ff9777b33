using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Core.Rendering;

/// <summary>
/// <c>{{ tr "key" }}</c>: the interface string of one language; a missing key is an error, never a
/// fallback. A class rather than an imported delegate: Scriban turns a delegate into generated code each
/// time it is imported, which, once per page, cost more than rendering the page.
/// </summary>
public sealed class TranslateFunction(IReadOnlyDictionary<string, string> table, string languageCode) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "key");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = context.ObjectToString(arguments[0]) ?? string.Empty;
        return table.TryGetValue(key, out var text)
            ? text
            : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"interface string '{key}' is not defined in data/i18n/{languageCode}.yaml");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
