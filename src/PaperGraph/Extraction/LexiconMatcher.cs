using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Extraction;

/// <summary>A lexicon name found in a text: the entry, the surface form and where it is.</summary>
internal readonly record struct LexiconHit(LexiconEntry Entry, int Start, int Length);

/// <summary>
/// Finds every lexicon name in a text in one pass over its word pieces: a dictionary from a name's
/// first piece to the names starting with it, longest first. Multi-word names match in any case;
/// a one-word name with capitals ("MATH", "ReAct", "Spider") only as written, so common words do not
/// match. Names do not match inside a longer hyphenated name ("MMLU" in "MMLU-Redux"). Immutable.
/// </summary>
internal sealed partial class LexiconMatcher
{
    private readonly Dictionary<string, Phrase[]> _byFirstPiece;
    private readonly Dictionary<string, LexiconEntry> _byForm;

    public LexiconMatcher(IEnumerable<LexiconEntry> entries)
    {
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        _byForm = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                var pieces = WordPieces.Split(form);
                if (pieces.Count == 0) continue;
                var phrase = new Phrase(entry, pieces.Select(p => p.Key).ToArray(), pieces.Count == 1 && form.Any(char.IsUpper) ? form : null);
                if (!byFirst.TryGetValue(phrase.Keys[0], out var list)) byFirst[phrase.Keys[0]] = list = [];
                list.Add(phrase);
                _byForm.TryAdd(FormKey(form), entry);
            }
        }
        _byFirstPiece = byFirst.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Keys.Length).ToArray(), StringComparer.Ordinal);
        _keys = byFirst.Values.SelectMany(list => list.SelectMany(p => p.Keys)).ToHashSet(StringComparer.Ordinal);
    }

    // Every piece key of every name: a text's other words need no key of their own (WordPieces.UnknownKey).
    private readonly HashSet<string> _keys;

    /// <summary>The entry whose name or alias is this form (pieces compared as names are), if any.</summary>
    public LexiconEntry? Lookup(string form) => _byForm.GetValueOrDefault(FormKey(form));

    // Each thread's pieces of the text at hand: one list per thread, not one per sentence.
    [ThreadStatic]
    private static List<WordPiece>? t_pieces;

    /// <summary>Every lexicon name in <paramref name="text"/>, left to right, the longest at each place.</summary>
    public List<LexiconHit> Find(string text)
    {
        var pieces = WordPieces.Split(text, _keys, t_pieces ??= []);
        var hits = new List<LexiconHit>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Key == WordPieces.UnknownKey || !_byFirstPiece.TryGetValue(pieces[i].Key, out var phrases) || StartsInsideName(text, pieces[i].Start)) continue;
            foreach (var phrase in phrases)
            {
                var last = i + phrase.Keys.Length - 1;
                if (!Matches(text, pieces, i, phrase)) continue;
                var end = pieces[last].End;
                // "miniF2F-test", "MBPP-valid": a benchmark's split is that benchmark.
                if (EndsInsideName(text, end) && !(phrase.Entry.Label == NodeLabel.Benchmark && SplitSuffix().IsMatch(text.AsSpan(end)))) continue;
                hits.Add(new LexiconHit(phrase.Entry, pieces[i].Start, end - pieces[i].Start));
                i = last;
                break;
            }
        }
        return hits;
    }

    private static bool Matches(string text, List<WordPiece> pieces, int at, Phrase phrase)
    {
        if (at + phrase.Keys.Length > pieces.Count) return false;
        for (var k = 1; k < phrase.Keys.Length; k++)
        {
            var p = pieces[at + k];
            if (!p.JoinsPrevious || p.Key != phrase.Keys[k]) return false;
        }
        if (phrase.ExactForm is null) return true;
        var surface = text.AsSpan(pieces[at].Start, pieces[at].End - pieces[at].Start);
        return surface.SequenceEqual(phrase.ExactForm) || (surface.Length == phrase.ExactForm.Length + 1 && surface[^1] == 's' && surface.StartsWith(phrase.ExactForm));
    }

    [GeneratedRegex(@"^-(?:test|valid|validation|val|dev)(?![\w\-])")]
    private static partial Regex SplitSuffix();

    private static bool StartsInsideName(string text, int start) =>
        start > 0 && (char.IsLetterOrDigit(text[start - 1]) || (start > 1 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2])));

    private static bool EndsInsideName(string text, int end) =>
        end < text.Length && (char.IsLetterOrDigit(text[end]) || (end + 1 < text.Length && text[end] == '-' && char.IsLetterOrDigit(text[end + 1])));

    private static string FormKey(string form) => string.Join(' ', WordPieces.Split(form).Select(p => p.Key));

    /// <summary>One name form as pieces; <see cref="ExactForm"/> is set when it must match as written.</summary>
    private sealed record Phrase(LexiconEntry Entry, string[] Keys, string? ExactForm);
}
