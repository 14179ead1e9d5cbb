using System.Text.RegularExpressions;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction;

/// <summary>
/// Finds known names from the lexicon, acronym definitions ("Long Form (LF)") and the name a title
/// coins ("RLP: ..."), and links a paper's proposed method to the benchmarks it reports on.
/// </summary>
public sealed partial class RuleExtractor : IPaperExtractor
{
    private readonly Regex _known;
    private readonly RelationExtractor _relations = new();
    private readonly Dictionary<string, LexiconEntry> _byForm = new(StringComparer.Ordinal);

    public RuleExtractor(Lexicon lexicon)
    {
        foreach (var entry in lexicon.Entries)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                _byForm.TryAdd(form, entry);
                _byForm.TryAdd(form.ToLowerInvariant(), entry);
            }
        }
        var alternation = string.Join("|", _byForm.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        _known = new Regex(@"(?<![\w-])(?:" + alternation + @")(?![\w-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public PaperExtraction Extract(Paper paper)
    {
        var mentions = new Dictionary<MentionKey, Mention>();
        var text = paper.Abstract;
        var coined = TitlePrefix().Match(paper.Title) is { Success: true } t ? t.Groups["name"].Value : null;

        var sentences = SentenceSplitter.Split(text);
        foreach (var sentence in sentences)
        {
            foreach (Match m in _known.Matches(sentence.Text))
            {
                var entry = _byForm.GetValueOrDefault(m.Value) ?? _byForm[m.Value.ToLowerInvariant()];
                Add(mentions, paper, sentence, m.Index, m.Length, entry.Label, entry.Name, [], null, coined);
            }
            foreach (Match m in AcronymDefinition().Matches(sentence.Text))
            {
                var acronym = m.Groups["short"].Value;
                var longForm = LongFormFor(acronym, m.Groups["long"].Value);
                if (longForm is null) continue;
                var label = longForm.EndsWith("reward", StringComparison.OrdinalIgnoreCase) || longForm.EndsWith("rewards", StringComparison.OrdinalIgnoreCase)
                    ? NodeLabel.Reward
                    : NodeLabel.Method;
                Add(mentions, paper, sentence, m.Groups["short"].Index, acronym.Length, label, acronym, [longForm], longForm, coined);
            }
            if (coined is not null && sentence.Text.Contains(coined, StringComparison.Ordinal))
            {
                Add(mentions, paper, sentence, sentence.Text.IndexOf(coined, StringComparison.Ordinal), coined.Length, NodeLabel.Method, coined, [], null, coined);
            }
        }

        var ordered = mentions.Values.OrderBy(x => x.Evidence.Start).ToArray();
        return new PaperExtraction
        {
            Paper = paper,
            Mentions = ordered,
            Relations = _relations.Extract(paper, sentences, ordered),
        };
    }

    private static void Add(
        Dictionary<MentionKey, Mention> mentions, Paper paper, Sentence sentence, int index, int length,
        NodeLabel label, string name, IReadOnlyList<string> aliases, string? longForm, string? coined)
    {
        var key = new MentionKey(label, name);
        if (mentions.TryGetValue(key, out var existing))
        {
            if (existing.LongForm is null && longForm is not null)
                mentions[key] = existing with { LongForm = longForm, Aliases = aliases };
            return;
        }
        var role = name == coined ? RelationType.Proposes
            : label == NodeLabel.Benchmark ? RelationType.EvaluatesOn
            : RelationType.Mentions;
        mentions[key] = new Mention
        {
            Label = label,
            Name = name,
            Aliases = aliases,
            LongForm = longForm,
            Role = role,
            Evidence = new Evidence(paper.Id, sentence.Text, sentence.Start + index, length),
        };
    }

    /// <summary>
    /// The shortest tail of the words before "(ACR)" whose initials spell the acronym's capitals,
    /// in the spirit of Schwartz and Hearst; null when none does.
    /// </summary>
    internal static string? LongFormFor(string acronym, string words)
    {
        var letters = acronym.Where(char.IsUpper).Select(char.ToLowerInvariant).ToArray();
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = 1; take <= tokens.Length; take++)
        {
            var tail = tokens[^take..];
            var initials = tail.SelectMany(w => w.Split('-')).Where(w => w.Length > 0 && char.IsLetter(w[0]))
                .Select(w => char.ToLowerInvariant(w[0])).Where(c => letters.Contains(c)).ToArray();
            if (initials.Length >= letters.Length && char.ToLowerInvariant(tail[0][0]) == letters[0])
                return string.Join(' ', tail);
        }
        return null;
    }

    [GeneratedRegex(@"(?<long>(?:[\w-]+ ){1,8})\((?<short>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)")]
    private static partial Regex AcronymDefinition();

    [GeneratedRegex(@"^(?<name>[A-Z][\w\-*^.+]{1,30})\s*:")]
    private static partial Regex TitlePrefix();
}
