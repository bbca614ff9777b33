namespace Site.Core.Validation;

/// <summary>
/// One check over the loaded site. Rules report problems and record what they proved (where a quote
/// stands); they never change the input.
/// </summary>
public interface IRule
{
    void Check(RuleContext context);
}
