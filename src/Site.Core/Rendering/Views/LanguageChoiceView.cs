namespace Site.Core.Rendering.Views;

/// <summary>A language on the root chooser: its home page, with the site's title, description and notice (if any) in it.</summary>
public sealed record LanguageChoiceView(string Code, string HtmlLang, string NativeName, string Url, string Title, string Description, string? Notice);
