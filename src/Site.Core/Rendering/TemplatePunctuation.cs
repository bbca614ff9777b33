using Scriban;
using Scriban.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Validation;

namespace Site.Core.Rendering;

/// <summary>
/// Chinese written straight into a template (not through an interface string) is held to the same
/// punctuation rule as the data files (SITE027), at the mark's own line and column. Text inside
/// <c>{{ }}</c> is code and is not read.
/// </summary>
public sealed class TemplatePunctuation : ScriptVisitor
{
    private readonly string _source;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;

    private TemplatePunctuation(string source, string path, DiagnosticBag diagnostics)
    {
        _source = source;
        _path = path;
        _diagnostics = diagnostics;
    }

    public static void Check(Template template, string source, string path, DiagnosticBag diagnostics)
    {
        if (!template.HasErrors && template.Page is not null)
        {
            template.Page.Accept(new TemplatePunctuation(source, path, diagnostics));
        }
    }

    public override void Visit(ScriptRawStatement node)
    {
        var start = node.Span.Start.Offset;
        var length = Math.Min(node.Span.Length, _source.Length - start);
        if (start < 0 || length <= 0)
        {
            return;
        }

        var text = _source.Substring(start, length);
        if (ChinesePunctuation.FindHalfWidth(text) is var (index, found, wanted))
        {
            var (line, column) = Position(start + index);
            ChinesePunctuation.Report(_diagnostics, new Diagnostics.SourceSpan(_path, line, column), text, index, found, wanted);
        }
    }

    // 1-based, counted in the template's own text.
    private (int Line, int Column) Position(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (_source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
