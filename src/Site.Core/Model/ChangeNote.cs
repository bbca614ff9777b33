namespace Site.Core.Model;

/// <summary>Whether a change between two observations could be computed, and if not, why not.</summary>
public enum ChangeNote
{
    /// <summary>Both values are exact numbers in the same unit: the difference is shown.</summary>
    Computed,

    /// <summary>One of the values is a bound (余 "more than", 超过 "over"), not a count.</summary>
    NotExact,

    /// <summary>Ranks are places, not quantities: 1st and 3rd are not two apart in any unit.</summary>
    Rank,

    /// <summary>A claim (全覆盖, 首个) has no number.</summary>
    Claim,

    /// <summary>The values are themselves changes in percentage points; a change of a change says little.</summary>
    ChangeOfChange,
}
