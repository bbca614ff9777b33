using Site.Core.Diagnostics;

namespace Site.Core.Authoring;

/// <summary>A draft, or why none could be written (in both languages, with a hint).</summary>
public sealed record DraftResult(IndicatorDraft? Draft, Message? Problem, Message? Hint)
{
    public static DraftResult Of(IndicatorDraft draft) => new(draft, null, null);

    public static DraftResult Refused(Message problem, Message? hint = null) => new(null, problem, hint);
}
