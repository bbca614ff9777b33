using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Site.Core.Model;
using Site.Core.Rendering;

namespace Site.Core.Output;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) per language, of additions and corrections: a reader subscribes once and
/// hears of every indicator added and every figure corrected. Dates come from the data (an indicator's
/// <c>added</c> date, a correction's date), never the clock, so the same input gives the same feed. Ids
/// are tag URIs (RFC 4151) minted from the site's host and those dates: they never change once published.
/// </summary>
public static class Feeds
{
    public static ImmutableArray<OutputFile> Run(SiteModel site) =>
        [.. Language.All.Select(language => new OutputFile(Urls.Feed(language).TrimStart('/'), Feed(site, language)))];

    private static byte[] Feed(SiteModel site, Language language)
    {
        var settings = site.Settings;
        var strings = site.Strings.For(language);
        var entries = site.Indicators
            .SelectMany(i => Entries(i, language, strings))
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var host = new Uri(settings.BaseUrl).Host;
        var updated = entries.Count == 0 ? site.Documents.Select(d => d.Date).DefaultIfEmpty().Max() : entries[0].Date;

        using var stream = new MemoryStream();
        var options = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, options))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, language.HtmlLang);
            xml.WriteElementString("id", atom, settings.Absolute(Urls.Feed(language)));
            xml.WriteElementString("title", atom, $"{settings.Title[language]} · {strings[EngineStrings.FeedTitle]}");
            xml.WriteElementString("subtitle", atom, strings[EngineStrings.FeedSubtitle]);
            xml.WriteElementString("updated", atom, Timestamp(updated));
            Link(xml, atom, "self", settings.Absolute(Urls.Feed(language)), "application/atom+xml");
            Link(xml, atom, "alternate", settings.Absolute(Urls.Home(language)), "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, settings.Publisher[language]);
            xml.WriteElementString("uri", atom, settings.Absolute(Urls.About(language)));
            xml.WriteEndElement();
            xml.WriteElementString("rights", atom, settings.Licence[language]);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, $"tag:{host},{Day(entry.Date)}:{entry.Id}");
                xml.WriteElementString("title", atom, entry.Title);
                xml.WriteElementString("updated", atom, Timestamp(entry.Date));
                Link(xml, atom, "alternate", settings.Absolute(entry.Url), "text/html");
                xml.WriteStartElement("summary", atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    // An indicator's addition, and each of its corrections.
    private static IEnumerable<FeedEntry> Entries(Indicator indicator, Language language, System.Collections.Immutable.ImmutableSortedDictionary<string, string> strings)
    {
        var url = Urls.Indicator(language, indicator.Id);
        var figure = language.Wording.Figure(indicator.Latest.Headline).Text;
        yield return new FeedEntry(
            $"indicator/{indicator.Id}",
            indicator.Added,
            strings[EngineStrings.FeedAdded].Replace("{0}", indicator.Label[language], StringComparison.Ordinal),
            url,
            $"{figure} · {indicator.Latest.Description[language]}");
        var number = 0;
        foreach (var correction in indicator.Corrections)
        {
            number++;
            yield return new FeedEntry(
                $"indicator/{indicator.Id}/correction/{number.ToString(CultureInfo.InvariantCulture)}",
                correction.Date,
                strings[EngineStrings.FeedCorrected].Replace("{0}", indicator.Label[language], StringComparison.Ordinal),
                url,
                $"{correction.What[language]} {correction.Why[language]}");
        }
    }

    private static void Link(XmlWriter xml, string atom, string rel, string href, string type)
    {
        xml.WriteStartElement("link", atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Atom wants a date-time; the data has days, so each is the start of its day in UTC.
    private static string Timestamp(DateOnly date) => Day(date) + "T00:00:00Z";

    private sealed record FeedEntry(string Id, DateOnly Date, string Title, string Url, string Summary);
}
