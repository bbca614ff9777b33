namespace Site.Core.Rendering.Views;

/// <summary>The root layout: one choice per language.</summary>
public sealed record RootView(IReadOnlyList<LanguageChoiceView> Choices) : LayoutView;
