namespace Site.Core.Diagnostics;

/// <summary>
/// The stable diagnostic codes. Codes never change meaning once published: editors search for them,
/// and tests assert on them. docs/diagnostics.md explains each one with an example.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "SITE001";
    public const string UnknownField = "SITE002";
    public const string MissingField = "SITE003";
    public const string MissingTranslation = "SITE004";
    public const string DuplicateId = "SITE005";
    public const string InvalidId = "SITE006";
    public const string UnknownTheme = "SITE007";
    public const string UnknownUnit = "SITE008";
    public const string UnknownDocument = "SITE009";
    public const string UnknownParagraph = "SITE010";
    public const string QuoteNotFound = "SITE011";
    public const string QuoteNotUnique = "SITE012";
    public const string FigureNotInQuote = "SITE013";
    public const string InvalidValue = "SITE014";
    public const string UnknownQualifier = "SITE015";
    public const string UnknownComparison = "SITE016";
    public const string WrongType = "SITE017";
    public const string NounMismatch = "SITE018";
    public const string InvalidReferenceData = "SITE019";
    public const string TemplateError = "SITE020";
    public const string MissingInterfaceString = "SITE021";
    public const string SearchIndexFailed = "SITE022";
    public const string InvalidSetting = "SITE023";
    public const string ChineseInEnglish = "SITE024";
    public const string FigureShape = "SITE025";
    public const string MissingFile = "SITE026";
    public const string HalfWidthPunctuation = "SITE027";
    public const string ObservationShape = "SITE028";
    public const string DuplicatePeriod = "SITE029";
    public const string UnitVaries = "SITE030";
    public const string DatesOutOfOrder = "SITE031";
    public const string FileTooLarge = "SITE032";
    public const string NotUtf8 = "SITE033";
    public const string YamlFeature = "SITE034";

    /// <summary>The same words of a paragraph are cited as a figure by two indicators, or twice by one (a warning).</summary>
    public const string FigureCitedTwice = "SITE035";

    /// <summary>A glossary term occurs in a Chinese text, and the matching English names it otherwise (or not at all).</summary>
    public const string TermNotTranslated = "SITE036";
}
