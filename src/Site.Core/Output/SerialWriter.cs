using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// Writes the files the rendering threads hand it, one after another, on a thread of its own. Making a file
/// or a folder locks the folder it is made in, and most of a site's files are made in three folders (a
/// folder per indicator in each language's <c>indicators/</c>, six downloads per indicator in
/// <c>data/indicators/</c>): threads that wrote their own files mostly spun on those locks (a fifth of a
/// 10,000-indicator build's samples, in the kernel). One writer makes them in turn while the other threads
/// go on rendering. The queue is bounded, so pages rendered faster than they are written wait instead of
/// piling up in memory.
/// </summary>
public sealed class SerialWriter : IDisposable
{
    private readonly BlockingCollection<OutputFile> _queue;
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;
    private int _written;

    /// <summary>Starts the writing thread; <paramref name="write"/> runs on it alone.</summary>
    public SerialWriter(Action<OutputFile> write, int capacity = 256)
    {
        _queue = new BlockingCollection<OutputFile>(capacity);
        _thread = new Thread(() => Drain(write)) { IsBackground = true, Name = "site writer" };
        _thread.Start();
    }

    /// <summary>How many files have been written (all of them, after <see cref="Complete"/>).</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Queues a file; waits while the queue is full. Safe from any thread.</summary>
    public void Add(OutputFile file) => _queue.Add(file);

    /// <summary>Waits until every queued file is written; throws the first error writing one (a full disk, say).</summary>
    public void Complete()
    {
        Finish();
        _failure?.Throw();
    }

    public void Dispose()
    {
        Finish();
        _queue.Dispose();
    }

    private void Finish()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _thread.Join();
    }

    private void Drain(Action<OutputFile> write)
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            // After a failure the queue is still emptied, so no rendering thread waits on it for ever; the
            // failure is thrown where the build waits for the writer.
            if (_failure is not null)
            {
                continue;
            }

            try
            {
                write(file);
                Interlocked.Increment(ref _written);
            }
#pragma warning disable CA1031 // Not swallowed: kept and thrown again, on the build's thread, by Complete.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
