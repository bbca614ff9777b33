namespace Site.Core.Rendering.Views;

/// <summary>
/// The data layout: the downloads (every indicator as JSON and CSV, their schemas, each indicator's own
/// files, the feed) and what every CSV column and JSON field means.
/// </summary>
public sealed record DataPageView(
    string JsonUrl,
    string CsvUrl,
    string JsonSchemaUrl,
    string IndicatorSchemaUrl,
    string FeedUrl,
    LinkView Example,
    string ExampleJsonUrl,
    string ExampleCsvUrl,
    IReadOnlyList<CodebookRowView> Columns,
    IReadOnlyList<CodebookRowView> Fields) : LayoutView;
