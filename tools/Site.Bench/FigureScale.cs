namespace Site.Bench;

/// <summary>How a template's value is drawn and said in English: a count, a decimal, or a decimal in 亿/万 (scaled).</summary>
internal enum FigureScale
{
    /// <summary>A whole number, written with thousands separators in English.</summary>
    Count,

    /// <summary>A number with one decimal place at most (8.4 公里).</summary>
    Decimal,

    /// <summary>A decimal in 亿元 (10^8 yuan): English says "350 million" or "4.27 billion".</summary>
    HundredMillions,

    /// <summary>A decimal in 万平方米 (10^4 m²): English says "35,000".</summary>
    TenThousands,
}
