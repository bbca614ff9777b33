namespace Site.Core.Model;

/// <summary>The direction of a change. Values stay as written; the direction carries the sign.</summary>
public enum Direction
{
    None,
    Increase,
    Decrease,
}
