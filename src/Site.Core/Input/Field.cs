namespace Site.Core.Input;

/// <summary>
/// The fields of an indicator file an error can be about. Loaders record where each was written
/// (<see cref="FieldSpans"/>), so every rule points at the field itself, never at the top of the file.
/// </summary>
public enum Field
{
    Id,
    Theme,
    Label,
    Description,
    Value,
    Unit,
    Qualifier,
    Basis,
    Scope,
    Noun,
    Period,
    Relation,
    Document,
    Paragraph,
    Quote,
    Translation,
    Text,
    Heading,
    Featured,
    Observations,
    Figures,
    Added,
    Updated,
    Corrections,
    Date,
    Stage,
}
