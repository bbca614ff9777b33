using System.Globalization;
using System.Text;

namespace Site.Bench;

/// <summary>
/// The content both generators build: fictional reports of ⌈N/4⌉ paragraphs in all, each of about 250
/// Chinese characters with an English translation, and N indicators, four per paragraph (the real report
/// has four to nine), each quoting its own figure verbatim and once, half of them a growth rate too (as
/// the real ones do, 0.5 further figures an indicator). A report holds at most 200 paragraphs (about
/// 300 KB): the loader refuses files over 1 MB, and a site of 10,000 figures cites many reports, not one
/// of 2,500 paragraphs. Deterministic: the same N gives the same files.
/// </summary>
internal sealed record SyntheticReport(IReadOnlyList<SyntheticParagraph> Paragraphs, IReadOnlyList<SyntheticIndicator> Indicators)
{
    public const int Period = 2023;
    public const int ParagraphsPerDocument = 200;
    private const int PerParagraph = 4;

    /// <summary>The reports, in order: each paragraph names its own.</summary>
    public IEnumerable<IGrouping<string, SyntheticParagraph>> Documents => Paragraphs.GroupBy(p => p.Document);

    public static SyntheticReport Create(int count, IReadOnlyList<string> themes)
    {
        var paragraphs = new List<SyntheticParagraph>();
        var indicators = new List<SyntheticIndicator>();
        for (var j = 0; j * PerParagraph < count; j++)
        {
            var slots = Enumerable.Range(0, Math.Min(PerParagraph, count - (j * PerParagraph))).Select(k => Slot(j, k)).ToList();
            var paragraph = Paragraph(j, themes[j % themes.Count], slots);
            paragraphs.Add(paragraph);
            indicators.AddRange(slots.Select(slot => Indicator(slot, paragraph)));
        }

        return new SyntheticReport(paragraphs, indicators);
    }

    // One statement of a paragraph: template, place, value and (slots 0 and 2) a growth rate that differs
    // from the other slot's, so that every "同比增长g%" occurs once in its paragraph too.
    private static ReportSlot Slot(int paragraph, int k)
    {
        var index = (paragraph * PerParagraph) + k;
        var template = FigureTemplates.All[((paragraph * 5) + (k * 4)) % FigureTemplates.All.Count];
        var place = ReportPhrases.Subdistricts[(paragraph + (k * 3)) % ReportPhrases.Subdistricts.Count];
        int? growth = k switch
        {
            0 => 2 + (paragraph % 9),
            2 => 11 + (paragraph % 13),
            _ => null,
        };
        return new ReportSlot(index, template, place, Draw(template.Scale, index), growth);
    }

    private static SyntheticParagraph Paragraph(int j, string theme, List<ReportSlot> slots)
    {
        var heading = ReportPhrases.Headings[j % ReportPhrases.Headings.Count];
        Phrase Filler(int m) => ReportPhrases.Sentences[((j * 4) + m) % ReportPhrases.Sentences.Count];

        // Real paragraphs interleave figures with sentences that have none: heading, a sentence, two
        // figures, a sentence, two figures, two closing sentences.
        var parts = new List<Phrase> { heading, Filler(0) };
        parts.AddRange(slots.Take(2).Select(Sentence));
        parts.Add(Filler(1));
        parts.AddRange(slots.Skip(2).Select(Sentence));
        parts.Add(Filler(2));
        parts.Add(Filler(3));
        var document = (j / ParagraphsPerDocument) + 1;
        return new SyntheticParagraph(
            "synthetic-report-" + document.ToString(CultureInfo.InvariantCulture),
            document,
            "p" + ((j % ParagraphsPerDocument) + 1).ToString(CultureInfo.InvariantCulture),
            theme,
            heading.Zh,
            string.Concat(parts.Select(p => p.Zh)),
            string.Join(" ", parts.Select(p => p.En)));
    }

    private static Phrase Sentence(ReportSlot slot)
    {
        var zh = new StringBuilder().Append(slot.Place.Zh).Append(slot.Quote.Zh);
        var en = new StringBuilder().Append(slot.Place.En).Append(' ').Append(slot.Quote.En);
        if (slot.Growth is { } g)
        {
            zh.Append('，').Append(GrowthQuote(g).Zh);
            en.Append(", ").Append(GrowthQuote(g).En);
        }

        return new Phrase(zh.Append('。').ToString(), en.Append('.').ToString());
    }

    private static SyntheticIndicator Indicator(ReportSlot slot, SyntheticParagraph paragraph)
    {
        var t = slot.Template;
        var outcome = ReportPhrases.Outcomes[slot.Index % ReportPhrases.Outcomes.Count];
        var growthZh = slot.Growth is { } gz ? "，" + GrowthQuote(gz).Zh : string.Empty;
        var growthEn = slot.Growth is { } ge ? ", " + GrowthQuote(ge).En : string.Empty;
        var headline = new SyntheticFigure(new Phrase(t.LabelZh, t.LabelEn), slot.Value.Written, t.Unit, t.Qualifier, null, t.NounOne, t.NounOther, slot.Written, slot.Quote);
        var growth = slot.Growth is { } g
            ? new SyntheticFigure(new Phrase("同比增长", "Year-on-year growth"), g.ToString(CultureInfo.InvariantCulture), "percent", "increase", "year-on-year", null, null, $"增长{g}%", GrowthQuote(g))
            : null;
        return new SyntheticIndicator(
            $"{t.Slug}-{slot.Index + 1}",
            paragraph.Theme,
            paragraph,
            slot.Index < 6,
            new Phrase(slot.Place.Zh + t.LabelZh, $"{t.LabelEn} in {slot.Place.En}"),
            new Phrase(
                $"{Period}年，合成区{slot.Place.Zh}{slot.Quote.Zh}{growthZh}。{outcome.Zh}",
                $"In {Period} {slot.Place.En} of Synthetic District {slot.Quote.En}{growthEn}, {outcome.En}"),
            headline,
            growth);
    }

    private static Phrase GrowthQuote(int g) => new($"同比增长{g}%", $"up {g}% year on year");

    // A value as the report writes it and as an English translation says it, from a fixed hash of the
    // indicator's index (no Random: the same N must give byte-identical sites on every machine).
    private static DrawnValue Draw(FigureScale scale, int index)
    {
        var h = (uint)(index + 1) * 2654435761u;
        h ^= h >> 15;
        var tenths = 11 + (int)(h % 989);
        return scale switch
        {
            FigureScale.Count => Count(5 + (int)(h % 1996)),
            FigureScale.Decimal => new DrawnValue(Tenths(tenths), Tenths(tenths)),
            FigureScale.HundredMillions => new DrawnValue(Tenths(tenths), tenths >= 100
                ? (tenths / 100m).ToString("0.##", CultureInfo.InvariantCulture) + " billion"
                : (tenths * 10).ToString(CultureInfo.InvariantCulture) + " million"),
            _ => new DrawnValue(Tenths(11 + (int)(h % 389)), ((11 + (int)(h % 389)) * 1000).ToString("N0", CultureInfo.InvariantCulture)),
        };

        static DrawnValue Count(int n) => new(n.ToString(CultureInfo.InvariantCulture), n.ToString("N0", CultureInfo.InvariantCulture));
        static string Tenths(int n) => (n / 10m).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
