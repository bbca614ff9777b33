using System.Collections.Immutable;
using Site.Core.Input;
using Site.Core.Model;
using Site.Core.Validation;

namespace Site.Core.Resolving;

/// <summary>
/// The resolve stage, after validation: every id becomes the thing it names (theme and section, unit,
/// qualifier, basis, document, paragraph), every quote its proven place in its paragraph, and the
/// indicators are put in report order once. The one place where ids are looked up; every later stage
/// walks the <see cref="SiteModel"/> it returns.
/// </summary>
public static class ResolveSite
{
    /// <summary>
    /// Resolves a site that passed validation. A reference that does not resolve here is a bug in a rule,
    /// not an editor's mistake, and throws.
    /// </summary>
    public static SiteModel Run(SiteInput input, Proofs proofs)
    {
        var documents = input.Documents.Select(d => Document(input, d)).ToImmutableArray();
        // Each paragraph as read, to the paragraph it resolved to (by reference: two documents may hold equal text).
        var paragraphs = new Dictionary<ParagraphInput, Paragraph>(ReferenceEqualityComparer.Instance);
        foreach (var (read, resolved) in input.Documents.SelectMany(d => d.Paragraphs).Zip(documents.SelectMany(d => d.Paragraphs)))
        {
            paragraphs[read] = resolved;
        }

        var documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        var indicators = ReportOrder.Sort(input.Indicators.Select(i => Indicator(input, proofs, i, documentsById, paragraphs)), documents)
            .Select((indicator, order) => indicator with { Order = order })
            .ToImmutableArray();

        var sections = input.Sections.Select(s => Contents(s, null, indicators, documents)).ToImmutableArray();
        var sources = documents.Select(d => Cited(d, indicators)).ToImmutableArray();
        return new SiteModel(input.Settings, sections, sources, input.Glossary, input.Strings, indicators);
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
        [.. document.Paragraphs.Select((p, i) =>
        {
            var theme = Require(input.FindTheme(p.ThemeId), $"theme '{p.ThemeId}'");
            var section = theme.ParentId is { } parent ? Require(input.FindTheme(parent), $"section '{parent}'") : theme;
            return new Paragraph(p.Id, document.Id, i + 1, theme, section, p.Heading, p.Text, p.Translation);
        })]);

    private static Indicator Indicator(
        SiteInput input,
        Proofs proofs,
        IndicatorInput indicator,
        Dictionary<string, SourceDocument> documents,
        Dictionary<ParagraphInput, Paragraph> paragraphs)
    {
        var theme = Require(input.FindTheme(indicator.ThemeId), $"theme '{indicator.ThemeId}'");
        var section = Require(theme.ParentId is { } parent ? input.FindTheme(parent) : null, $"the section of theme '{theme.Id}'");
        Figure Resolve(FigureInput figure)
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
                figure.Period,
                figure.Relation,
                written,
                citation);
        }

        return new Indicator(
            indicator.Id,
            Order: -1,
            theme,
            section,
            indicator.Label,
            indicator.Description,
            indicator.IsHeadline,
            Resolve(indicator.Figure),
            [.. indicator.Figures.Select(Resolve)]);
    }

    private static ThemeContents Contents(Theme theme, Theme? parent, ImmutableArray<Indicator> indicators, ImmutableArray<SourceDocument> documents) => new(
        theme,
        parent,
        [.. theme.Children.Select(child => Contents(child, theme, indicators, documents))],
        [.. indicators.Where(i => i.Theme.Id == theme.Id)],
        documents.SelectMany(d => d.Paragraphs).FirstOrDefault(p => p.Theme.Id == theme.Id));

    // Which figures cite each paragraph: indicators in report order, their figures in file order.
    private static CitedDocument Cited(SourceDocument document, ImmutableArray<Indicator> indicators)
    {
        var citing = indicators
            .SelectMany(i => i.AllFigures.Select(f => new CitingFigure(i, f)))
            .Where(c => c.Figure.Citation.Document.Id == document.Id)
            .ToLookup(c => c.Figure.Citation.Paragraph.Id, StringComparer.Ordinal);
        return new CitedDocument(document, [.. document.Paragraphs.Select(p => new CitedParagraph(p, [.. citing[p.Id]]))]);
    }

    private static T Require<T>(T? value, string what)
        where T : class =>
        value ?? throw new InvalidOperationException($"{what} did not resolve after validation passed: a validation rule is missing");

    private static T RequireValue<T>(T? value, string what)
        where T : struct =>
        value ?? throw new InvalidOperationException($"{what} did not resolve after validation passed: a validation rule is missing");
}
