namespace Site.Core.Model;

/// <summary>Where a qualifier sits in the Chinese text relative to the number.</summary>
public enum QualifierPosition
{
    /// <summary>Directly before the number: 超过95%.</summary>
    Before,

    /// <summary>Between the number and the unit: 6100余家.</summary>
    After,
}
