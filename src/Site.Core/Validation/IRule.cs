using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>One check over the loaded site. Rules report problems; they never change the model.</summary>
public interface IRule
{
    void Check(SiteModel site, DiagnosticBag diagnostics);
}
