namespace Site.Screenshots;

/// <summary>One screenshot to take: a page, at a width, in a colour scheme, written to a file name.</summary>
internal sealed record Shot(string Name, string Path, int Width, string Scheme)
{
    public string FileName => $"{Name}-{(Width >= 1000 ? "desktop" : "phone")}{(Scheme == "dark" ? "-dark" : string.Empty)}.png";
}
