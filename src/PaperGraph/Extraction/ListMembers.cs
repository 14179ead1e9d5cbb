using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Extraction;

/// <summary>
/// Labels names by the company they keep in a list. "Methods such as MOPO and MOReL", "reward models
/// including LIV, RoboCLIP and GVL": the noun before "such as / including / like" gives every member
/// its label, as does a colon ("the series of TeleChat models: TeleChat2, TeleChat2.5 and T1"). "than Cal-QL, AWAC and RLPD": a list with one method in it is a list of methods.
/// Only coined-looking names are taken (an inner capital, digit, hyphen or "+"), so a sentence's
/// first word ("Additionally, PPO ...") is never a member; after "such as" or "including", a capitalised
/// word that is a whole item is too ("such as Voicebox, E2 TTS"). A surer rule's label is never changed.
/// </summary>
internal sealed partial class ListMembers(ExtractionVocabulary vocabulary, LexiconMatcher lexicon)
{
    public void Add(MentionSet mentions, Sentence sentence)
    {
        var text = sentence.Text;
        foreach (var m in ExampleLists.MatchesNearWords(text, HeadReach))
        {
            var head = m.Groups["head"].Value;
            var label = vocabulary.LabelOfHead(head) ?? vocabulary.LabelOfHead(head.Split(' ')[^1]);
            if (label is not { } known || BenchmarkCues.NameAt(text, m.Index + m.Length) is not { } first) continue;
            // "TTS models, such as Voicebox, E2 TTS, and F5-TTS": after a head noun and "such as" or "including", a capitalised word is a name too.
            var examples = m.Value.Contains("such as", StringComparison.Ordinal) || m.Value.Contains("including", StringComparison.Ordinal);
            if (!TryAdd(mentions, sentence, first.Name, first.Start, first.Length, known, examples)) continue;
            foreach (var n in BenchmarkCues.ListNeighbours(text, first.Start, first.Start + first.Length).Where(n => n.Start > first.Start))
            {
                if (!TryAdd(mentions, sentence, n.Name, n.Start, n.Length, known, examples)) break;
            }
        }
        foreach (var (start, end) in mentions.SpansIn(sentence, NodeLabel.Method))
        {
            foreach (var n in BenchmarkCues.ListNeighbours(text, start, end))
            {
                if (!TryAdd(mentions, sentence, n.Name, n.Start, n.Length, NodeLabel.Method)) break;
            }
        }
    }

    /// <summary>Adds a member; false when the name is typed otherwise or is no coined name, which ends the list.</summary>
    private bool TryAdd(MentionSet mentions, Sentence sentence, string name, int start, int length, NodeLabel label, bool capitalisedIsName = false)
    {
        if (mentions.LabelOf(name) is { } other) return other == label;
        // "OpenAI's o1-mini": a possessive is a maker, not a name; the grammar finds what follows it.
        if (!(LooksCoined(name) || capitalisedIsName && IsCapitalisedWord(name) && EndsListItem(sentence.Text, start + length)) || name.Contains('\'') || vocabulary.IsNotEntity(name) || lexicon.Lookup(name) is { } entry && entry.Label != label) return false;
        if (!mentions.IsTaken(sentence, start, length, label, inTitle: false))
            mentions.Add(label, name, name, sentence, start, length, Confidence.Cue);
        return true;
    }

    // "Voicebox, E2 TTS", "Clipping and Delta.": a plain word ends its item; "Python text-to-code generation" is a phrase.
    private static bool EndsListItem(string text, int end) => ItemEnd().IsMatch(text, end);

    [GeneratedRegex(@"\G(?:\s*[,;.)]|\s+(?:and|or)\b|\s*$)")]
    private static partial Regex ItemEnd();

    private static bool IsCapitalisedWord(string name) => name.Length >= 3 && char.IsUpper(name[0]) && name.Skip(1).All(char.IsAsciiLetterLower);

    private static bool LooksCoined(string name) =>
        name.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '+') || name.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>
    /// The earliest start of an <see cref="ExampleList"/> match whose cue ("such as", ":") is at or
    /// after <paramref name="cue"/>: back over two runs of letters, each after a run of spaces and
    /// commas. A match's text before its cue is at most that (an optional word, a space, the head
    /// noun, ",?\s+"). A later cue inside a match's head lies in such text too, so stepping back
    /// from the first cue covers the matches of later ones.
    /// </summary>
    internal static int HeadReach(string text, int cue)
    {
        var i = cue;
        for (var run = 0; run < 2; run++)
        {
            while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ',')) i--;
            while (i > 0 && char.IsAsciiLetter(text[i - 1])) i--;
        }
        return i;
    }

    private static readonly WordGatedPattern ExampleLists = new(ExampleList(), "such as", "including", "like", "e.g.", ":");

    /// <summary>The gated patterns, for the test that keeps each gate in step with its pattern.</summary>
    internal static IReadOnlyList<WordGatedPattern> GatedPatterns => [ExampleLists];

    // "<noun> such as", "<noun>, including", "<noun> like", "<noun>:": the noun (one or two words) and the list after it.
    [GeneratedRegex(@"\b(?<head>(?:[a-z]+\s)?[A-Za-z][a-z]*?)s?(?:,?\s+(?:such as|including|like|e\.g\.,?)|:)\s+")]
    private static partial Regex ExampleList();
}
