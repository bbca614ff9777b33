using System.Collections.Immutable;
using Site.Core.Diagnostics;
using Site.Core.Input;

namespace Site.Core.Loading;

/// <summary>
/// What one file of input/ yields on its own: the indicator it defines (null when it has an error that
/// stops reading), the problems found in it, and the Chinese texts it writes (for the punctuation rule).
/// </summary>
public sealed record IndicatorFile(
    string Path,
    IndicatorInput? Indicator,
    IReadOnlyList<Diagnostic> Diagnostics,
    ImmutableArray<LocatedText> ChineseTexts);
