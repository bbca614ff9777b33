using System.Globalization;

namespace Site.Bench;

/// <summary>The words our indicator layout prints around the figure, in each language, given to Hugo's pages too.</summary>
internal sealed record HugoPageWords(string PeriodLabel, string Period, string WrittenLabel, string Dates)
{
    public static HugoPageWords Chinese { get; } = new("统计期", SyntheticReport.Period.ToString(CultureInfo.InvariantCulture) + "年", "原文写法", "收录于 2024年2月1日 · 数据更新于 2024年2月1日");

    public static HugoPageWords English { get; } = new("Period", SyntheticReport.Period.ToString(CultureInfo.InvariantCulture), "As written in the report", "Added 1 February 2024 · data last changed 1 February 2024");
}
