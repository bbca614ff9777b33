using Site.Core.Model;
using Site.Tests.Support;

namespace Site.Tests.Citing;

/// <summary>
/// The test site, built once per test class: the tax indicator whose citations the tests spell out, and
/// an indicator whose labels carry markup and TeX's special characters.
/// </summary>
public sealed class CitingSite : IDisposable
{
    /// <summary>A label no citation may pass on as markup, nor BibTeX read as commands.</summary>
    public const string HostileEn = "<script>alert(1)</script> & Tax_rate 100% #1 {draft $5";

    public const string HostileZh = "<script>alert(1)</script> & 拆除违建";

    private readonly TestSite _site = TestSite.Create();

    public CitingSite()
    {
        _site.Write("input/tax.yaml", TestSite.TaxIndicator());
        _site.Write("input/hostile.yaml", $$"""
            id: hostile
            theme: housing
            label: { zh: "{{HostileZh}}", en: "{{HostileEn}}" }
            description: { zh: 拆除违建的面积。, en: Area of illegal construction demolished. }
            value: 1.13
            unit: wan-square-metres
            period: 2023
            source:
              document: report
              paragraph: p2
              quote: 拆除违建1.13万平方米
              translation: demolished 11,300 m² of illegal construction
            added: 2024-02-01
            updated: 2024-03-05
            """);
        Model = _site.BuildOk().Site!;
    }

    public SiteModel Model { get; }

    public SiteSettings Settings => Model.Settings;

    public Indicator Tax => Model.Indicators.Single(i => i.Id == "tax-revenue");

    public Indicator Hostile => Model.Indicators.Single(i => i.Id == "hostile");

    public void Dispose() => _site.Dispose();
}
