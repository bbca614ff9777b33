using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Validation;

/// <summary>The interface strings the engine itself reads (page titles) exist in both languages.</summary>
public sealed class InterfaceStringsAreDefined : IRule
{
    public void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        // An empty table means its file did not load, which is reported already.
        foreach (var language in Language.All.Where(l => !site.Strings.For(l).IsEmpty))
        {
            foreach (var key in PagePlan.UsedStrings.Where(k => !site.Strings.For(language).ContainsKey(k)))
            {
                diagnostics.Error(DiagnosticCodes.MissingInterfaceString, SourceSpan.File(LoadInterfaceStrings.PathFor(language)), $"interface string '{key}' is not defined");
            }
        }
    }
}
