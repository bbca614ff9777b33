using System.Collections.Immutable;

namespace Site.Core.Model;

/// <summary>The glossary, in the order terms first appear in the report.</summary>
public sealed record Glossary(ImmutableArray<GlossaryEntry> Entries);
