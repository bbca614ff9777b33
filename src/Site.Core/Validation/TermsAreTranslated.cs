using Site.Core.Diagnostics;
using Site.Core.Input;
using Site.Core.Model;

namespace Site.Core.Validation;

/// <summary>
/// The glossary is a term base, checked as translation tools check one: wherever an entry's Chinese term
/// occurs in a Chinese text, the English of that text uses the entry's English name or one of its
/// variants. Pairs checked: a paragraph and its translation; an indicator's label, each description, and
/// each figure's label and quote with their English. So a programme keeps one English name in every
/// paragraph, label and search result, whoever translated it. Reported at the English text.
/// </summary>
public sealed class TermsAreTranslated : IRule
{
    public void Check(RuleContext context)
    {
        if (context.Site.Glossary.Entries.IsEmpty)
        {
            return;
        }

        // Each entry's English forms, normalised once for every text they are looked for in.
        var entries = context.Site.Glossary.Entries.Select(e => (Entry: e, Forms: e.EnglishForms.Select(Normalise).ToArray())).ToArray();

        var diagnostics = context.Diagnostics;
        foreach (var document in context.ReferenceDocuments)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                Check(entries, paragraph.Text, paragraph.Translation, new Message($"translation of paragraph '{paragraph.Id}'", $"段落“{paragraph.Id}”的英文译文"), paragraph.Spans[Field.Translation], diagnostics);
            }
        }

        foreach (var indicator in context.Indicators)
        {
            Check(entries, indicator.Label.Zh, indicator.Label.En, new Message("label", "英文名称"), indicator.Spans[Field.Label, Language.En], diagnostics);
            foreach (var observation in indicator.Observations)
            {
                Check(entries, observation.Description.Zh, observation.Description.En, new Message("description", "英文说明"), observation.Spans[Field.Description, Language.En], diagnostics);
            }

            foreach (var figure in indicator.AllFigures)
            {
                if (figure.Relation != FigureRelation.Headline)
                {
                    Check(entries, figure.Label.Zh, figure.Label.En, new Message("figure label", "数值的英文名称"), figure.Spans[Field.Label, Language.En], diagnostics);
                }

                Check(entries, figure.Source.Quote, figure.Source.Translation, new Message("quote translation", "引文的英文译文"), figure.Spans[Field.Translation], diagnostics);
            }
        }
    }

    private static void Check((GlossaryEntry Entry, string[] Forms)[] entries, string chinese, string english, Message what, SourceSpan span, DiagnosticBag diagnostics)
    {
        var normalised = Normalise(english);
        foreach (var (entry, forms) in entries)
        {
            if (!chinese.Contains(entry.Term, StringComparison.Ordinal) || forms.Any(form => Names(normalised, form)))
            {
                continue;
            }

            var others = entry.Variants.IsEmpty ? string.Empty : string.Join(", ", entry.Variants.Select(v => $"'{v}'"));
            diagnostics.Error(
                DiagnosticCodes.TermNotTranslated,
                span,
                new Message(
                    $"the Chinese has the glossary term '{entry.Term}', but the English {what.En} does not name it '{entry.En}'",
                    $"中文里有术语“{entry.Term}”，但{what.Zh}中没有用术语表的英文名“{entry.En}”"),
                new Message(
                    (others.Length > 0 ? $"use '{entry.En}' (or {others})" : $"use '{entry.En}'")
                        + $", as data/glossary.yaml gives it (entry '{entry.Id}'); if this text must name it another way, add that form to the entry's variants",
                    (others.Length > 0 ? $"请写作“{entry.En}”（或{others}）" : $"请写作“{entry.En}”")
                        + $"，即data/glossary.yaml中条目“{entry.Id}”的英文名；确需换一种写法时，请把它加到该条目的variants中"));
        }
    }

    // The name occurs where a word starts; what follows may extend it (a plural, "'s"), and case may differ
    // (a name that opens a sentence).
    private static bool Names(string english, string name)
    {
        for (var at = english.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = english.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(english[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // Typographic quotes and apostrophes are the same mark to a reader, and a name written as a compound
    // adjective ("digital-economy enterprises") is still the name.
    private static string Normalise(string text) =>
        text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('-', ' ').Replace('\u2011', ' ');
}
