using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Loading;

/// <summary>
/// Loads data/site.yaml. An explicit base URL (e.g. a deploy preview's) wins over the file's. The base
/// folder (<c>base</c>) was already followed by <see cref="SiteFiles.Open"/>; here it is checked.
/// </summary>
public static class LoadSettings
{
    public const string Path = "data/site.yaml";

    /// <summary>The field naming a folder whose files the site shares (<see cref="SiteFiles"/>).</summary>
    public const string BaseField = "base";

    public static SiteSettings? Run(LoadContext context, string? baseUrlOverride)
    {
        var map = MappingReader.From(context, Path, context.ParseFile(Path).Root, new Message("site settings", "网站设置"));
        if (map is null)
        {
            return null;
        }

        var title = map.Localized("title", required: true);
        var shortTitle = map.Localized("short_title", required: true);
        var description = map.Localized("description", required: true);
        var publisher = map.Localized("publisher", required: true);
        var licence = map.Localized("licence", required: true);
        var place = map.Localized("place", required: true);
        var notice = map.Localized("notice", required: false);
        if (map.OptionalString(BaseField) is { } folder && context.Files.Layers.Length < 2)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.InvalidSetting,
                map.SpanOfValue(BaseField),
                new Message($"base folder '{folder}' does not exist", $"基础文件夹“{folder}”不存在"),
                new Message(
                    "give a folder relative to the site's root, e.g. '../..', whose theme/ and data/ this site shares",
                    "请填写相对于本站根目录的文件夹，例如“../..”；本站将共用该文件夹中的theme/和data/"));
        }

        var baseUrl = map.RequiredString("base_url");
        var repository = map.RequiredString("repository");
        map.ReportUnknownFields();

        baseUrl = (baseUrlOverride ?? baseUrl)?.TrimEnd('/');
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            var span = baseUrlOverride is null ? map.SpanOfValue("base_url") : SourceSpan.File(Path);
            context.Diagnostics.Error(
                DiagnosticCodes.InvalidSetting,
                span,
                new Message($"base URL '{baseUrl}' is not an absolute http(s) URL", $"网站地址“{baseUrl}”不是以http://或https://开头的完整网址"));
            return null;
        }

        return title is null || shortTitle is null || description is null || publisher is null || licence is null || place is null || baseUrl is null || repository is null
            ? null
            : new SiteSettings(title, shortTitle, description, publisher, licence, place, baseUrl, repository) { Notice = notice };
    }
}
