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
    public static List<WordPiece> Split(string text)
    {
        var pieces = new List<WordPiece>(text.Length / 5);
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
            pieces.Add(new WordPiece(start, i, Fold(text.AsSpan(start, i - start)), joins));
            lastEnd = i;
        }
        return pieces;
    }

    /// <summary>Lower case, a trailing plural "s" dropped (the scorer's rule), so keys compare as names do.</summary>
    public static string Fold(ReadOnlySpan<char> piece)
    {
        Span<char> buffer = piece.Length <= 128 ? stackalloc char[piece.Length] : new char[piece.Length];
        piece.ToLowerInvariant(buffer);
        var n = buffer.Length;
        if (n > 3 && buffer[n - 1] == 's' && buffer[n - 2] != 's' && char.IsLetter(buffer[n - 2])) n--;
        return new string(buffer[..n]);
    }

    /// <summary>True when two pieces are one name's neighbours: separated by a space, hyphen, slash, ". " or ";" only.</summary>
    public static bool IsJoiner(ReadOnlySpan<char> gap) =>
        gap.Length is >= 1 and <= 2 && gap is " " or "-" or "/" or ". " or ";" or "- " or "_" or " -";

    private static bool IsPieceChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || c is '+' or '*' or '^') return true;
        // "2.5" and "AIME'24" stay one piece; "e.g." and "model's" do not glue words together.
        var prevDigit = i > 0 && char.IsDigit(text[i - 1]);
        var nextDigit = i + 1 < text.Length && char.IsDigit(text[i + 1]);
        return (c == '.' && prevDigit && nextDigit) || (c == '\'' && nextDigit);
    }
}
