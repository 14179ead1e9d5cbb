using CsCheck;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// Generators of the text people scrape: quotes, backticks, delimiters, line ends of every kind,
/// emoji and combining marks, right-to-left text, formula and injection look-alikes, very long runs.
/// <see cref="Valid"/> is text UTF-8 can carry exactly; <see cref="Any"/> adds NUL, U+FFFD and unpaired
/// surrogates, which the readers must reject with a reason.
/// </summary>
internal static class HostileText
{
    /// <summary>Inputs that look like Cypher, shell or spreadsheet formulas.</summary>
    public static readonly string[] Injections =
    [
        "'); MATCH (n) DETACH DELETE n //", "`", "$(rm -rf /)", "\"; rm -rf /; \"", "`whoami`", "${IFS}",
        "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0",
    ];

    private static readonly string[] Fragments =
    [
        "\"", "'", "`", ",", ";", ";;", "\n", "\r\n", "\r", "\t", "\\", "\\n", " ", "  ",
        "\U0001F600", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "e\u0301", "a\u0308\u0323",
        "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u202E", "\u200F", "\uFEFF", "\u00A0", "\u2028",
        "<b>", "&amp;", "]]>", "{\"a\":1}", "\u4E2D\u6587", "GRPO", "Qwen3-1.7B",
    ];

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCXYZ0123456789"], 1, 12];

    // Any BMP character outside the surrogate range, below U+FFFD (U+FFFD reads as invalid UTF-8).
    private static readonly Gen<string> ValidChar = Gen.Char['\u0001', '\uD7FF'].Select(c => c.ToString());

    private static readonly Gen<string> ValidPiece = Gen.Frequency(
        (4, Word), (4, Gen.OneOf(Fragments)), (2, Gen.OneOf(Injections)), (2, ValidChar),
        (1, Gen.Int[200, 3_000].Select(n => new string('x', n))));

    private static readonly Gen<string> BadPiece = Gen.OneOf("\0", "\uFFFD", "\uD800", "\uDFFF", "x\uDBFFy");

    /// <summary>Text that can round-trip exactly (it may be only whitespace).</summary>
    public static Gen<string> Valid(int minPieces = 1, int maxPieces = 12) =>
        ValidPiece.Array[minPieces, maxPieces].Select(string.Concat);

    /// <summary>Valid text with at least one visible character, as a title or abstract must have.</summary>
    public static Gen<string> ValidNonBlank(int maxPieces = 12) =>
        Valid(1, maxPieces).Select(s => "T" + s);

    /// <summary>Text holding one thing UTF-8 output cannot carry (NUL, U+FFFD or an unpaired surrogate).</summary>
    public static Gen<string> Unwritable() =>
        Gen.Select(Valid(0, 4), BadPiece, Valid(0, 4), (a, bad, b) => "T" + a + bad + b);

    /// <summary>Valid text without the characters XML 1.0 cannot hold (C0 controls other than tab, LF, CR).</summary>
    public static Gen<string> XmlSafe(int maxPieces = 12) =>
        ValidNonBlank(maxPieces).Select(s => new string(s.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()));

    /// <summary>Valid text on one line: no CR or LF.</summary>
    public static Gen<string> OneLine(int maxPieces = 12) =>
        ValidNonBlank(maxPieces).Select(s => s.Replace('\r', ' ').Replace('\n', ' '));

    /// <summary>A list of non-empty, non-blank elements, as arrays in the bundle hold.</summary>
    public static Gen<string[]> Elements(int max = 5) => ValidNonBlank(4).Array[0, max];

    /// <summary>A line end of each kind readers must accept.</summary>
    public static readonly Gen<string> LineEnd = Gen.OneOf("\n", "\r\n", "\r");
}
