namespace Site.Bench;

/// <summary>
/// One kind of statement a work report makes ("新建社区食堂12个"): the words before the number, the unit
/// (an id of data/units.yaml and its Chinese form), an optional qualifier, and how an editor would label
/// and translate it. <see cref="EnglishClause"/> takes the English rendering of the value as {0}.
/// </summary>
internal sealed record FigureTemplate(
    string Slug,
    string Verb,
    string Unit,
    string UnitZh,
    string? Qualifier,
    string? NounOne,
    string? NounOther,
    string LabelZh,
    string LabelEn,
    string EnglishClause,
    FigureScale Scale);
