using System.Text;
using CsvHelper;
using Site.Tests.Support;

namespace Site.Tests.Output;

/// <summary>
/// A label or quote translation that begins like a formula reaches the CSV files as text a spreadsheet
/// shows, never runs: a single quote in front, the cell quoted. Numbers are not touched.
/// </summary>
public sealed class CsvSafetyTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.invalid\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public void AFormulaInATextCellArrivesAsText(string formula)
    {
        var yaml = TestSite.TaxIndicator().Replace("translation: tax revenue of 30.6 billion yuan", $"translation: '{formula.Replace("'", "''", StringComparison.Ordinal)}'", StringComparison.Ordinal);
        _site.Write("input/tax.yaml", yaml).BuildOk();
        foreach (var file in new[] { "data/indicators.csv", "data/indicators/tax-revenue.csv" })
        {
            var raw = _site.Text(file);
            Assert.Contains("\"'" + formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", raw, StringComparison.Ordinal);
            var cells = Rows(raw).SelectMany(r => r).ToList();
            Assert.Contains("'" + formula, cells);
            Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ANegativeChangeStaysANumber()
    {
        // 18% then 8%: the change is -10 percentage points, written as a plain number a spreadsheet adds up.
        _site.WithSecondReport();
        _site.Write("input/growth.yaml", """
            id: growth
            theme: digital
            label: { zh: 增长, en: Growth }
            observations:
              - period: 2023
                description: { zh: 2023年。, en: In 2023. }
                value: 18
                unit: percent
                qualifier: increase
                source: { document: report, paragraph: p1, quote: 同比增长18%, translation: up 18% }
              - period: 2024
                description: { zh: 2024年。, en: In 2024. }
                value: 8
                unit: percent
                qualifier: increase
                source: { document: report-2025, paragraph: p1, quote: 同比增长8%, translation: up 8% }
            added: 2024-02-01
            updated: 2025-02-01
            """).BuildOk();
        var rows = Rows(_site.Text("data/indicators/growth.csv"));
        var change = rows[0].IndexOf("change");
        Assert.Equal(["change", string.Empty, "-10"], rows.Select(r => r[change]));
        Assert.Contains(",-10,percentage-points,", _site.Text("data/indicators/growth.csv"), StringComparison.Ordinal);
    }

    private static List<List<string>> Rows(string text)
    {
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false });
        var rows = new List<List<string>>();
        foreach (var row in reader)
        {
            var cells = new List<string>();
            for (var i = 0; i < row.FieldCount; i++)
            {
                cells.Add(row.GetString(i));
            }

            rows.Add(cells);
        }

        return rows;
    }
}
