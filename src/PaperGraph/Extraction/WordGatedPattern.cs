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
    private readonly SearchValues<string> _words;

    /// <param name="words">Words the pattern cannot match without, as the pattern writes them (case counts).</param>
    public WordGatedPattern(Regex pattern, params string[] words)
    {
        Pattern = pattern;
        _words = SearchValues.Create(words, StringComparison.Ordinal);
    }

    public Regex Pattern { get; }

    /// <summary>False when <paramref name="text"/> holds none of the words, so the pattern cannot match it.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(_words);

    /// <summary>The pattern's matches in <paramref name="text"/>, without running it where it cannot match.</summary>
    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Pattern.Matches(text) : [];
}
