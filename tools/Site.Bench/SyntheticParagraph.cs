namespace Site.Bench;

/// <summary>A paragraph of a synthetic report, as data/sources/*.yaml holds it, with the report it belongs to.</summary>
internal sealed record SyntheticParagraph(string Document, int DocumentNumber, string Id, string Theme, string Heading, string Text, string Translation);
