namespace Site.Cli.Terminal;

/// <summary>How `check` reports: for a person at a terminal, for GitHub Actions, or as one JSON document for tools.</summary>
internal enum OutputFormat
{
    Text,
    GitHub,
    Json,
}
