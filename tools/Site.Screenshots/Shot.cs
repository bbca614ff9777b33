namespace Site.Screenshots;

/// <summary>
/// One screenshot to take: a page, at a width, in a colour scheme, written to a file name. The whole page,
/// or with <see cref="ViewportOnly"/> what a reader sees on arrival (a link to a paragraph lands mid-page).
/// </summary>
internal sealed record Shot(string Name, string Path, int Width, string Scheme, bool ViewportOnly = false)
{
    public string FileName => $"{Name}-{(Width >= 1000 ? "desktop" : "phone")}{(Scheme == "dark" ? "-dark" : string.Empty)}.png";
}
