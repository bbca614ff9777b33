namespace Site.Core.Model;

/// <summary>A run of characters in a text: where it starts and how long it is.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}
