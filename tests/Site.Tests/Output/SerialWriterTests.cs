using System.Collections.Concurrent;
using System.Text;
using Site.Core.Output;
using Site.Core.Rendering;

namespace Site.Tests.Output;

/// <summary>
/// The build's writing thread: every file handed to it is written, by that one thread, in the order handed
/// over; a failure to write is thrown where the build waits, and no thread rendering pages is left waiting
/// on a full queue after it.
/// </summary>
public sealed class SerialWriterTests
{
    [Fact]
    public void EveryFileIsWrittenByOneThreadInTheOrderHandedOver()
    {
        var written = new List<(string Path, int Thread)>();
        using (var writer = new SerialWriter(file => written.Add((file.Path, Environment.CurrentManagedThreadId)), capacity: 4))
        {
            for (var i = 0; i < 500; i++)
            {
                writer.Add(File(i));
            }

            writer.Complete();
            Assert.Equal(500, writer.Written);
        }

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"f{i}.html"), written.Select(w => w.Path));
        Assert.Single(written.Select(w => w.Thread).Distinct());
        Assert.NotEqual(Environment.CurrentManagedThreadId, written[0].Thread);
    }

    [Fact]
    public void FilesFromManyThreadsAreAllWritten()
    {
        var written = new ConcurrentBag<string>();
        using var writer = new SerialWriter(file => written.Add(file.Path), capacity: 8);
        Parallel.For(0, 2_000, i => writer.Add(File(i)));
        writer.Complete();

        Assert.Equal(2_000, writer.Written);
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"f{i}.html").Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AFailureToWriteIsThrownByCompleteAndNoProducerIsLeftWaiting()
    {
        var attempts = 0;
        using var writer = new SerialWriter(
            file =>
            {
                attempts++;
                if (file.Path == "f3.html")
                {
                    throw new IOException("No space left on device");
                }
            },
            capacity: 2);

        // Far more files than the queue holds: were the writer to stop taking them after the failure,
        // these calls would wait for ever.
        var producing = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                writer.Add(File(i));
            }
        });
        await producing.WaitAsync(TimeSpan.FromSeconds(30));

        var thrown = Assert.Throws<IOException>(writer.Complete);
        Assert.Equal("No space left on device", thrown.Message);
        Assert.Equal(3, writer.Written);
        Assert.Equal(4, attempts);
    }

    [Fact]
    public void DisposingWithoutCompletingWaitsForTheWriterAndThrowsNothing()
    {
        var written = 0;
        var writer = new SerialWriter(_ => Interlocked.Increment(ref written));
        writer.Add(File(1));
        writer.Add(File(2));
        writer.Dispose();

        Assert.Equal(2, Volatile.Read(ref written));
    }

    private static OutputFile File(int i) => new($"f{i}.html", Encoding.UTF8.GetBytes($"<p>{i}</p>"));
}
