namespace Site.Core.Rendering.Views;

/// <summary>The glossary layout: every entry, in the order the report first uses them.</summary>
public sealed record GlossaryPageView(IReadOnlyList<GlossaryView> Entries) : LayoutView;
