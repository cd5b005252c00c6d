using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace WebexCalling.Sdk.Generator;

/// <summary>Indented text with LF line ends; the header says where a file comes from.</summary>
sealed partial class CodeWriter
{
    readonly StringBuilder _text = new();
    int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length == 0) _text.Append('\n');
        else _text.Append(' ', _indent * 4).Append(line).Append('\n');
        return this;
    }

    public CodeWriter Lines(IEnumerable<string> lines)
    {
        foreach (string line in lines) Line(line);
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line).Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string end = "}")
    {
        _indent--;
        return Line(end);
    }

    /// <summary>An XML doc tag on one line when short, else wrapped at 120 columns.</summary>
    public CodeWriter Doc(string tag, string text, string? attributes = null)
    {
        string open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        string single = $"/// {open}{text}</{tag}>";
        if (single.Length + _indent * 4 <= 120) return Line(single);
        Line($"/// {open}");
        foreach (string wrapped in Wrap(text, 116 - _indent * 4)) Line("/// " + wrapped);
        return Line($"/// </{tag}>");
    }

    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>
    /// Description text as XML doc text: <c>`code`</c> becomes &lt;c&gt;; the doc tags a description may hold
    /// (<c>see</c>, <c>paramref</c>, <c>c</c>, <c>para</c>, <c>list</c>, ...) pass through; any other <c>&lt;</c> and
    /// <c>&amp;</c> are escaped.
    /// </summary>
    public static string Xml(string text)
    {
        var sb = new StringBuilder();
        var parts = text.Replace("\n", " ").Split('`');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1) { sb.Append("<c>").Append(SecurityElement.Escape(parts[i])!.Replace("&apos;", "'").Replace("&quot;", "\"")).Append("</c>"); continue; }
            sb.Append(DocTag().Replace(parts[i].Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"),
                m => m.Value.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&")));
        }
        return Regex.Replace(sb.ToString(), @"&amp;(lt|gt|amp|quot|apos|#\d+);", "&$1;").Trim();
    }

    [GeneratedRegex(@"&lt;/?(see|seealso|paramref|typeparamref|c|para|list|item|description|term|b|i|code|br|inheritdoc)\b[^&]*?(/)?&gt;")]
    private static partial Regex DocTag();

    public override string ToString() => _text.ToString();
}

static class Naming
{
    /// <summary><c>PRIORITY_BASED</c> -> <c>PriorityBased</c>; <c>callQueue</c> -> <c>CallQueue</c>.</summary>
    public static string Pascal(string wire)
    {
        var sb = new StringBuilder();
        bool upper = true;
        bool allCaps = wire.All(c => !char.IsLetter(c) || char.IsUpper(c));
        foreach (char c in wire)
        {
            if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : allCaps ? char.ToLowerInvariant(c) : c);
            upper = false;
        }
        string name = sb.ToString();
        return name.Length > 0 && char.IsDigit(name[0]) ? "V" + name : name;
    }

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    /// <summary>A raw string literal that holds any JSON text.</summary>
    public static string Raw(string text, int indent)
    {
        int quotes = 3;
        while (text.Contains(new string('"', quotes))) quotes++;
        string q = new('"', quotes);
        string pad = new(' ', indent);
        var lines = text.TrimEnd().Replace("\r", "").Split('\n');
        return q + "\n" + string.Join("\n", lines.Select(l => l.Length == 0 ? "" : pad + l)) + "\n" + pad + q;
    }
}
