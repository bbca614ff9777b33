namespace Site.Core.Rendering;

/// <summary>
/// HTML that is already safe: built by the engine with every piece of data escaped. The only value a
/// template may write without escaping.
/// </summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
