using Site.Core.Model;

namespace Site.Core.Charts;

/// <summary>Work started and work completed in one unit, from the same observation: two measures to set side by side.</summary>
internal sealed record StagePair(Figure Started, Figure Completed);
