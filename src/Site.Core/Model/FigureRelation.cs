namespace Site.Core.Model;

/// <summary>How a further figure relates to its indicator's headline figure.</summary>
public enum FigureRelation
{
    /// <summary>The indicator's own figure.</summary>
    Headline,

    /// <summary>Another figure of the same statement.</summary>
    Related,

    /// <summary>A part of the headline figure (which may have other parts too).</summary>
    Part,
}
