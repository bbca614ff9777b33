namespace Site.Bench;

/// <summary>One timed run of a child process: wall time, peak resident memory, exit code and what it printed.</summary>
internal sealed record ProcessSample(double Seconds, double PeakMb, int ExitCode, string Output);
