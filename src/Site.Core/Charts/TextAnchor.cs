namespace Site.Core.Charts;

/// <summary>Which end of a text its x coordinate names (SVG's text-anchor).</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
