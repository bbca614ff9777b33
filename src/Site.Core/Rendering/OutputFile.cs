namespace Site.Core.Rendering;

/// <summary>
/// A file of the built site: its path under output/ ('/' separators) and its bytes; or, for a file of
/// tens of megabytes (every indicator's data in one file), what writes its bytes to a stream as they are
/// made, so that no build holds it whole (<see cref="Streamed"/>).
/// </summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    private Action<Stream>? Writer { get; init; }

    /// <summary>A file whose bytes <paramref name="write"/> writes to the stream it is given.</summary>
    public static OutputFile Streamed(string path, Action<Stream> write) => new(path, ReadOnlyMemory<byte>.Empty) { Writer = write };

    /// <summary>Whether the bytes are written as they are made rather than held (<see cref="Content"/> is then empty).</summary>
    public bool IsStreamed => Writer is not null;

    /// <summary>Writes the file's bytes to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        if (Writer is null)
        {
            stream.Write(Content.Span);
        }
        else
        {
            Writer(stream);
        }
    }

    /// <summary>The file's bytes, made in memory when the file is streamed (for comparing a file with what is written).</summary>
    public ReadOnlyMemory<byte> Bytes()
    {
        if (Writer is null)
        {
            return Content;
        }

        using var stream = new MemoryStream();
        Writer(stream);
        return stream.ToArray();
    }
}
