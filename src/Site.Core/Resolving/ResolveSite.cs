using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Site.Core.Input;
using Site.Core.Model;
using Site.Core.Validation;

namespace Site.Core.Resolving;

/// <summary>
/// The resolve stage, after validation: every id becomes the thing it names (theme and section, unit,
/// qualifier, basis, document, paragraph), every quote its proven place in its paragraph, observations
/// are put in period order with their changes, documents newest first, and the indicators in report order
/// once. The one place where ids are looked up; every later stage walks the <see cref="SiteModel"/> it
/// returns.
/// </summary>
public static class ResolveSite
{
    /// <summary>
    /// Resolves a site that passed validation. A reference that does not resolve here is a bug in a rule,
    /// not an editor's mistake, and throws.
    /// </summary>
    public static SiteModel Run(SiteInput input, Proofs proofs) => Run(input, proofs, null).Site;

    /// <summary>
    /// Resolves a site that passed validation, reusing what <paramref name="earlier"/> resolved when the
    /// reference data is the same (serve, after only indicator files changed): its documents, and every
    /// indicator read from the same input. Returns the site and what a later run may reuse.
    /// </summary>
    public static (SiteModel Site, Resolution Resolution) Run(SiteInput input, Proofs proofs, Resolution? earlier)
    {
        // Newest report first: it is what readers look for, and what a reader of the site's order meets first.
        ImmutableArray<SourceDocument> documents;
        Dictionary<ParagraphInput, Paragraph> paragraphs;
        if (earlier is not null)
        {
            (documents, paragraphs) = (earlier.Documents, earlier.Paragraphs);
        }
        else
        {
            var ordered = input.Documents.OrderByDescending(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            documents = [.. ordered.Select(d => Document(input, d))];

            // Each paragraph as read, to the paragraph it resolved to (by reference: two documents may hold equal text).
            paragraphs = new Dictionary<ParagraphInput, Paragraph>(ReferenceEqualityComparer.Instance);
            foreach (var (read, paragraph) in ordered.SelectMany(d => d.Paragraphs).Zip(documents.SelectMany(d => d.Paragraphs)))
            {
                paragraphs[read] = paragraph;
            }
        }

        var context = new Context(input, proofs, documents.ToDictionary(d => d.Id, StringComparer.Ordinal), paragraphs);
        var inputs = input.Indicators;
        var resolved = inputs.Select(i => earlier?.Indicators.GetValueOrDefault(i) ?? context.Indicator(i)).ToArray();

        // Report order: an indicator resolved before keeps its object when its place is the same.
        var sorted = ReportOrder.Sort(resolved, documents);
        var place = new Dictionary<Indicator, int>(sorted.Length, ReferenceEqualityComparer.Instance);
        for (var order = 0; order < sorted.Length; order++)
        {
            place[sorted[order]] = order;
        }

        var final = new Indicator[resolved.Length];
        var byInput = new Dictionary<IndicatorInput, Indicator>(inputs.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < resolved.Length; i++)
        {
            var order = place[resolved[i]];
            final[order] = byInput[inputs[i]] = resolved[i].Order == order ? resolved[i] : resolved[i] with { Order = order };
        }

        var indicators = ImmutableCollectionsMarshal.AsImmutableArray(final);
        var byTheme = indicators.ToLookup(i => i.Theme.Id, StringComparer.Ordinal);
        var sections = input.Sections.Select(s => Contents(s, null, byTheme, documents)).ToImmutableArray();
        // Which figures cite each paragraph (the paragraph objects are the documents' own: keyed by reference).
        var citing = new Dictionary<Paragraph, List<CitingFigure>>(ReferenceEqualityComparer.Instance);
        foreach (var indicator in indicators)
        {
            foreach (var figure in indicator.AllFigures)
            {
                if (!citing.TryGetValue(figure.Citation.Paragraph, out var list))
                {
                    citing[figure.Citation.Paragraph] = list = [];
                }

                list.Add(new CitingFigure(indicator, figure));
            }
        }

        var sources = documents.Select(d => Cited(d, citing)).ToImmutableArray();
        var site = new SiteModel(input.Settings, sections, sources, input.Glossary, input.Strings, input.Codebook, indicators);
        return (site, new Resolution(documents, paragraphs, byInput));
    }

    private static SourceDocument Document(SiteInput input, DocumentInput document) => new(
        document.Id,
        document.Title,
        document.ShortTitle,
        document.Issuer,
        document.Speaker,
        document.Occasion,
        document.Part,
        document.Provenance,
        document.Date,
        [.. Paragraphs(input, document)]);

    private static IEnumerable<Paragraph> Paragraphs(SiteInput input, DocumentInput document)
    {
        var inSection = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var p in document.Paragraphs)
        {
            var theme = Require(input.FindTheme(p.ThemeId), $"theme '{p.ThemeId}'");
            var section = theme.ParentId is { } parent ? Require(input.FindTheme(parent), $"section '{parent}'") : theme;
            var numberInSection = inSection[section.Id] = inSection.GetValueOrDefault(section.Id) + 1;
            yield return new Paragraph(p.Id, document.Id, ++number, numberInSection, theme, section, p.Heading, p.Text, p.Translation);
        }
    }

    private static ThemeContents Contents(Theme theme, Theme? parent, ILookup<string, Indicator> indicators, ImmutableArray<SourceDocument> documents) => new(
        theme,
        parent,
        [.. theme.Children.Select(child => Contents(child, theme, indicators, documents))],
        [.. indicators[theme.Id]],
        documents.SelectMany(d => d.Paragraphs).FirstOrDefault(p => p.Theme.Id == theme.Id));

    // Which figures cite each paragraph, whichever observation they belong to: indicators in report
    // order, their figures oldest observation first, in file order.
    private static CitedDocument Cited(SourceDocument document, Dictionary<Paragraph, List<CitingFigure>> citing) =>
        new(document, [.. document.Paragraphs.Select(p => new CitedParagraph(p, citing.TryGetValue(p, out var figures) ? [.. figures] : []))]);

    private static T Require<T>(T? value, string what)
        where T : class =>
        value ?? throw new InvalidOperationException($"{what} did not resolve after validation passed: a validation rule is missing");

    private static T RequireValue<T>(T? value, string what)
        where T : struct =>
        value ?? throw new InvalidOperationException($"{what} did not resolve after validation passed: a validation rule is missing");

    /// <summary>What resolving an indicator needs: the input, the proofs, and the documents and paragraphs already resolved.</summary>
    private sealed class Context(
        SiteInput input,
        Proofs proofs,
        Dictionary<string, SourceDocument> documents,
        Dictionary<ParagraphInput, Paragraph> paragraphs)
    {
        // A difference of two percentages is in percentage points: the site's unit for them, if it has one.
        private readonly Unit? _points = input.Units.Values.Where(u => u.Format == UnitFormat.Points).MinBy(u => u.Id, StringComparer.Ordinal);

        public Indicator Indicator(IndicatorInput indicator)
        {
            var theme = Require(input.FindTheme(indicator.ThemeId), $"theme '{indicator.ThemeId}'");
            var section = Require(theme.ParentId is { } parent ? input.FindTheme(parent) : null, $"the section of theme '{theme.Id}'");
            var observations = ImmutableArray.CreateBuilder<Observation>();
            foreach (var read in indicator.Observations.OrderBy(o => o.Period))
            {
                var headline = Figure(indicator, read.Headline);
                var change = observations.Count == 0 ? null : Change(observations[^1], headline);
                observations.Add(new Observation(read.Period, read.Description, headline, [.. read.Further.Select(f => Figure(indicator, f))], change));
            }

            return new Indicator(
                indicator.Id,
                Order: -1,
                theme,
                section,
                indicator.Label,
                indicator.IsFeatured,
                observations.ToImmutable(),
                indicator.Added,
                indicator.Updated,
                [.. indicator.Corrections.Select(c => c.Correction).OrderBy(c => c.Date)]);
        }

        private Figure Figure(IndicatorInput indicator, FigureInput figure)
        {
            var (written, figureRange) = RequireValue(proofs.FigureOf(figure), $"the figure as written in {indicator.Path}");
            var paragraph = paragraphs[Require(input.FindParagraph(figure.Source), $"paragraph '{figure.Source.ParagraphId}'")];
            var citation = new Citation(
                documents[figure.Source.DocumentId],
                paragraph,
                figure.Source.Quote,
                figure.Source.Translation,
                RequireValue(proofs.QuoteOf(figure), $"the quote's place in {indicator.Path}"),
                figureRange);
            return new Figure(
                figure.Label,
                figure.ValueText,
                figure.Value,
                input.Units[figure.UnitId],
                figure.QualifierId is { } qualifier ? input.Qualifiers[qualifier] : null,
                figure.BasisId is { } basis ? input.Comparisons[basis] : null,
                figure.Scope,
                figure.Noun,
                figure.Relation,
                figure.Stage,
                written,
                citation);
        }

        // How the headline moved since the previous period: a difference only of two exact numbers.
        private Change Change(Observation previous, Figure current)
        {
            var before = previous.Headline;
            var unit = current.Unit;
            var note = unit.Format switch
            {
                UnitFormat.Claim => ChangeNote.Claim,
                UnitFormat.Ordinal => ChangeNote.Rank,
                UnitFormat.Points => ChangeNote.ChangeOfChange,
                UnitFormat.Percent when _points is null => ChangeNote.ChangeOfChange,
                _ when !before.IsExact || !current.IsExact => ChangeNote.NotExact,
                _ => ChangeNote.Computed,
            };
            var changeUnit = unit.Format == UnitFormat.Percent && _points is not null ? _points : unit;
            return note == ChangeNote.Computed
                ? new Change(previous.Period, current.SignedValue - before.SignedValue, changeUnit, current.Noun, note)
                : new Change(previous.Period, null, changeUnit, current.Noun, note);
        }
    }
}
