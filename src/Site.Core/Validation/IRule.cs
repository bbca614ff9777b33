namespace Site.Core.Validation;

/// <summary>
/// One check over the loaded site. Rules report problems and record what they proved (where a quote
/// stands); they never change the input. A rule checks the indicators and texts its context names
/// (<see cref="RuleContext.Indicators"/>), and the reference data only when the context asks for it.
/// </summary>
public interface IRule
{
    void Check(RuleContext context);
}
