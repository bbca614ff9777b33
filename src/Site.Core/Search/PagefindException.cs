namespace Site.Core.Search;

/// <summary>Pagefind could not index: the build reports it as SITE022.</summary>
public sealed class PagefindException : Exception
{
    public PagefindException()
    {
    }

    public PagefindException(string message)
        : base(message)
    {
    }

    public PagefindException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
