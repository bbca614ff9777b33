namespace Site.Core.Model;

/// <summary>
/// Where a counted piece of work stands, when the report tells started and completed apart (开工 401台,
/// 完工 302台): the two are different measures, never added up, and a chart sets them side by side.
/// </summary>
public enum Stage
{
    /// <summary>The report does not say, or the figure is not about work started or completed.</summary>
    None,

    /// <summary>Work started (开工) in the period.</summary>
    Started,

    /// <summary>Work completed (完工, 建成) in the period.</summary>
    Completed,
}
