using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Ingest;

/// <summary>
/// Turns LaTeX accent commands into the letters they typeset: arXiv abstracts write
/// <c>T\"ULU 3</c> for TÜLU 3 and <c>Schr\"{o}dinger</c> for Schrödinger. Without this, a name with
/// an accent is cut at the backslash ("ULU") and never meets the same name typed in Unicode.
/// Only accent commands on a single letter are decoded; any other backslash stays as written.
/// </summary>
public static partial class LatexAccents
{
    public static string Decode(string text)
    {
        if (!text.Contains('\\')) return text;
        return Accent().Replace(text, m =>
        {
            var letter = m.Groups["letter"].Value;
            var mark = CombiningMark(m.Groups["command"].Value[0]);
            return (letter + mark).Normalize(NormalizationForm.FormC);
        });
    }

    private static char CombiningMark(char command) => command switch
    {
        '"' => '\u0308',  // diaeresis: \"u -> ü
        '\'' => '\u0301', // acute: \'e -> é
        '`' => '\u0300',  // grave: \`a -> à
        '^' => '\u0302',  // circumflex: \^o -> ô
        '~' => '\u0303',  // tilde: \~n -> ñ
        '=' => '\u0304',  // macron
        '.' => '\u0307',  // dot above
        'u' => '\u0306',  // breve
        'v' => '\u030C',  // caron: \v{s} -> š
        'H' => '\u030B',  // double acute
        'c' => '\u0327',  // cedilla: \c{c} -> ç
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a LaTeX accent command"),
    };

    // {\"U}, \"U, \"{U}, \v{s}, \c{c}. A letter command (\u, \v, \H, \c) needs braces, so "\under" is left alone.
    [GeneratedRegex("""\{\\(?<command>["'`^~=.])(?<letter>[A-Za-z])\}|\\(?:(?<command>["'`^~=.])\s*(?:\{(?<letter>[A-Za-z])\}|(?<letter>[A-Za-z]))|(?<command>[uvHc])\{(?<letter>[A-Za-z])\})""")]
    private static partial Regex Accent();
}
