namespace Site.Bench;

/// <summary>A synthetic value as the report writes it ("3.5") and as its English translation says it ("35,000").</summary>
internal sealed record DrawnValue(string Written, string English);
