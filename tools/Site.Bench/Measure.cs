namespace Site.Bench;

/// <summary>The timed runs of one thing at one size; medians, because shared machines have outliers.</summary>
internal sealed class Measure(string name, int pages)
{
    private readonly List<ProcessSample> samples = [];

    public string Name { get; } = name;

    /// <summary>The pages the measured thing builds (0 when it builds none: check, the parse floor).</summary>
    public int Pages { get; } = pages;

    public IReadOnlyList<ProcessSample> Samples => samples;

    public int Count => samples.Count;

    public double MedianSeconds => Median(samples.Select(s => s.Seconds));

    /// <summary>The highest peak of any run: a limit on memory is a limit on the worst run.</summary>
    public double PeakMb => samples.Count == 0 ? double.NaN : samples.Max(s => s.PeakMb);

    public double PagesPerSecond => Pages / MedianSeconds;

    public void Add(ProcessSample sample) => samples.Add(sample);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
