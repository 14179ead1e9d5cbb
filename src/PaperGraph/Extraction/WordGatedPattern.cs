using System.Buffers;
using System.Text.RegularExpressions;

namespace PaperGraph.Extraction;

/// <summary>
/// A pattern that cannot match without one of some words it holds literally, with those words.
/// Most sentences hold none of them, and one vectorised search for the words is far cheaper than
/// trying the pattern at every letter, so the pattern runs only on text that holds one.
/// Keep the words in step with the pattern: ExtractionGateTests checks them on the sample abstracts.
/// </summary>
internal sealed class WordGatedPattern
{
    // One-character words (":", "/") are searched for apart: with them in it, a set of words falls
    // back from the vectorised search to a much slower one.
    private readonly SearchValues<string> _words;
    private readonly SearchValues<char> _marks;

    /// <param name="words">Words the pattern cannot match without, as the pattern writes them (case counts).</param>
    public WordGatedPattern(Regex pattern, params string[] words) : this(pattern, StringComparison.Ordinal, words)
    {
    }

    /// <param name="comparison">Ordinal, or OrdinalIgnoreCase for a pattern that ignores case (its words must then hold no 'k', which such a pattern also matches as the Kelvin sign).</param>
    /// <param name="words">Words the pattern cannot match without.</param>
    public WordGatedPattern(Regex pattern, StringComparison comparison, params string[] words)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase)) throw new ArgumentOutOfRangeException(nameof(comparison));
        if (comparison == StringComparison.OrdinalIgnoreCase && words.Any(w => w.Length == 1 || w.Contains('k', StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException("a case-blind gate takes words of two characters or more, without 'k'", nameof(words));
        Pattern = pattern;
        _words = SearchValues.Create(words.Where(w => w.Length > 1).ToArray(), comparison);
        _marks = SearchValues.Create(string.Concat(words.Where(w => w.Length == 1)));
    }

    public Regex Pattern { get; }

    /// <summary>False when <paramref name="text"/> holds none of the words, so the pattern cannot match it.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(_marks) || text.ContainsAny(_words);

    /// <summary>Where the first of the words in <paramref name="text"/> starts; -1 when it holds none.</summary>
    private int IndexOfWord(ReadOnlySpan<char> text)
    {
        var mark = text.IndexOfAny(_marks);
        var word = text.IndexOfAny(_words);
        return mark < 0 ? word : word < 0 ? mark : Math.Min(mark, word);
    }

    /// <summary>True when the pattern matches <paramref name="text"/>, without running it where it cannot.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Pattern.IsMatch(text);

    /// <summary>The pattern's first match in <paramref name="text"/> (<see cref="Match.Empty"/> when there is none), without running it where it cannot match.</summary>
    public Match FirstMatch(string text) => MayMatch(text) ? Pattern.Match(text) : Match.Empty;

    /// <summary>The pattern's matches in <paramref name="text"/>, without running it where it cannot match.</summary>
    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Pattern.Matches(text) : [];

    /// <summary>
    /// The same matches as <see cref="Matches"/>, for a pattern whose every match holds a word and
    /// starts a short, known reach before it: each search starts at <paramref name="reachBack"/>(text,
    /// index of the next word) instead of at the last match's end, so the words between are not tried.
    /// </summary>
    /// <param name="reachBack">
    /// The earliest index a match holding a word at the given index can start at; when the words
    /// themselves may lie inside that reach, the earliest for them too (ListMembers says why its is).
    /// </param>
    public IEnumerable<Match> MatchesNearWords(string text, Func<string, int, int> reachBack)
    {
        var from = 0;
        while (from <= text.Length)
        {
            var word = IndexOfWord(text.AsSpan(from));
            if (word < 0) yield break;
            var m = Pattern.Match(text, Math.Max(from, reachBack(text, from + word)));
            if (!m.Success) yield break;
            yield return m;
            from = m.Index + Math.Max(1, m.Length);
        }
    }
}
