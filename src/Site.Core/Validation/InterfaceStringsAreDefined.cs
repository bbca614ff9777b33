using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>The interface strings the engine itself reads (<see cref="EngineStrings"/>) exist in both languages.</summary>
public sealed class InterfaceStringsAreDefined : IRule
{
    public void Check(RuleContext context)
    {
        var strings = context.Site.Strings;
        if (!context.ChecksReferenceData)
        {
            return;
        }

        // An empty table means its file did not load, which is reported already.
        foreach (var language in Language.All.Where(l => !strings.For(l).IsEmpty))
        {
            foreach (var key in EngineStrings.All.Where(k => !strings.For(language).ContainsKey(k)))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.MissingInterfaceString,
                    SourceSpan.File(LoadInterfaceStrings.PathFor(language)),
                    new Message($"interface string '{key}' is not defined", $"缺少界面文字“{key}”"));
            }
        }
    }
}
