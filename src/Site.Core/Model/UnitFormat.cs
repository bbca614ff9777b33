namespace Site.Core.Model;

/// <summary>How a unit's figures are written in both languages.</summary>
public enum UnitFormat
{
    /// <summary>A number followed by the unit (306亿元, 138公里, 302台).</summary>
    Number,

    /// <summary>A percentage (18%).</summary>
    Percent,

    /// <summary>A change in percentage points (10个百分点), never written as percent.</summary>
    Points,

    /// <summary>An ordinal rank written 第一, 第二 in the report.</summary>
    Ordinal,

    /// <summary>A claim with no number: 全覆盖, 前列, 首个, 率先, 零.</summary>
    Claim,
}
