namespace Site.Bench;

/// <summary>One target of the issue, what was measured against it, and whether it was met (null: not measured).</summary>
internal sealed record TargetCheck(string Target, string Measured, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "PASS",
        false => "FAIL",
        null => "not measured",
    };
}
