using System.Runtime.CompilerServices;

namespace PaperGraph.Extraction;

/// <summary>
/// A run of letters and digits in a text (with the marks ML names carry: "HumanEval+", "MCTS*",
/// "R^3", "Qwen2.5", "AIME'24"), its folded key, and how it joins the piece before it.
/// </summary>
internal readonly record struct WordPiece(int Start, int End, string Key, bool JoinsPrevious);

/// <summary>
/// Splits text into <see cref="WordPiece"/>s. Names are compared piece by piece, so "chain-of-thought"
/// and "chain of thought" are the same three pieces, and "verifiable rewards" folds to "verifiable reward".
/// </summary>
internal static class WordPieces
{
    public static List<WordPiece> Split(string text) => Split(text, null, []);

    /// <summary>
    /// The pieces of <paramref name="text"/>, each key replaced by its copy in <paramref name="knownKeys"/>,
    /// or by <see cref="UnknownKey"/> when the set has none. A matcher that only compares keys with its
    /// own needs no string for any other word, and this is run on every sentence.
    /// </summary>
    /// <param name="pieces">Cleared, then filled and returned: a caller may reuse one list.</param>
    public static List<WordPiece> Split(string text, HashSet<string>? knownKeys, List<WordPiece> pieces)
    {
        var known = knownKeys?.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        pieces.Clear();
        var i = 0;
        var lastEnd = -1;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsPieceChar(text, i)) i++;
            var joins = lastEnd >= 0 && IsJoiner(text.AsSpan(lastEnd, start - lastEnd));
            var piece = text.AsSpan(start, i - start);
            string key;
            if (known is not { } lookup) key = Fold(piece);
            else if (piece.Length > buffer.Length) key = lookup.Set.Contains(Fold(piece)) ? Fold(piece) : UnknownKey;
            else key = lookup.TryGetValue(Fold(piece, buffer), out var actual) ? actual : UnknownKey;
            pieces.Add(new WordPiece(start, i, key, joins));
            lastEnd = i;
        }
        return pieces;
    }

    /// <summary>The key of a piece no known-key set holds: no piece folds to an empty key.</summary>
    public const string UnknownKey = "";

    /// <summary>Lower case, a trailing plural "s" dropped (the scorer's rule), so keys compare as names do.</summary>
    public static string Fold(ReadOnlySpan<char> piece)
    {
        Span<char> buffer = piece.Length <= 128 ? stackalloc char[piece.Length] : new char[piece.Length];
        return new string(Fold(piece, buffer));
    }

    /// <summary><see cref="Fold(ReadOnlySpan{char})"/> into <paramref name="buffer"/>, at least as long as the piece.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> piece, Span<char> buffer)
    {
        var n = piece.ToLowerInvariant(buffer);
        if (n > 3 && buffer[n - 1] == 's' && buffer[n - 2] != 's' && char.IsLetter(buffer[n - 2])) n--;
        return buffer[..n];
    }

    /// <summary>True when two pieces are one name's neighbours: separated by a space, hyphen, slash, ". " or ";" only.</summary>
    public static bool IsJoiner(ReadOnlySpan<char> gap) => gap.Length switch
    {
        // By character, not as eight string patterns: this runs between every two pieces of every sentence.
        1 => gap[0] is ' ' or '-' or '/' or ';' or '_',
        2 => (gap[0], gap[1]) is ('.', ' ') or ('-', ' ') or (' ', '-'),
        _ => false,
    };

    // Inlined into the loop that runs over every character of every sentence.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPieceChar(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiLetterOrDigit(c) || c is '+' or '*' or '^' || (!char.IsAscii(c) && char.IsLetterOrDigit(c))) return true;
        // "2.5", "FLUX.1" and "AIME'24" stay one piece; "e.g." and "model's" do not glue words together.
        var prevDigitOrCapital = i > 0 && (char.IsDigit(text[i - 1]) || char.IsAsciiLetterUpper(text[i - 1]));
        var nextDigit = i + 1 < text.Length && char.IsDigit(text[i + 1]);
        return (c == '.' && prevDigitOrCapital && nextDigit) || (c == '\'' && nextDigit);
    }
}
