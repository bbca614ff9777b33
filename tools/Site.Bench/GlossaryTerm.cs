namespace Site.Bench;

/// <summary>A fictional programme name of the synthetic report, with what data/glossary.yaml says of it.</summary>
internal sealed record GlossaryTerm(string Id, string Term, string En, string Pinyin, Phrase Explanation);
