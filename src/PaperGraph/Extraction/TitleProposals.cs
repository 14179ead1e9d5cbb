using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction;

/// <summary>
/// What a paper's title says it proposes: the name it opens with ("RLP: ..."), a Title Case phrase
/// it opens with that the abstract names again near a proposal verb, and longer names of the
/// abstract's that the title spells out. <see cref="ProposalMarker"/>'s title half; stateless.
/// </summary>
/// <param name="longFormLabel">The label a spelt-out name's head noun gives (<see cref="RuleExtractor.LongFormLabel"/>).</param>
internal sealed partial class TitleProposals(CoinedNameFinder coined, ExtractionVocabulary vocabulary, Func<string, NodeLabel> longFormLabel)
{
    /// <summary>
    /// "Polychromic Objectives for Reinforcement Learning": the Title Case words a title opens with,
    /// up to its first preposition, when they end in a method or reward noun and do not open with a
    /// verb ("Training Language Models for ...") or an article. Null for any other title.
    /// </summary>
    public (string Phrase, NodeLabel Label)? TitlePhrase(string title)
    {
        // Word by word, without splitting the title: most titles end the phrase at their first word ("RLP: ...").
        var count = 0;
        var (headStart, phraseEnd) = (0, 0);
        for (var at = 0; at < title.Length; )
        {
            var end = title.IndexOf(' ', at);
            if (end < 0) end = title.Length;
            var word = title.AsSpan(at, end - at);
            if (word.Length > 0)
            {
                if (!IsTitleCaseWord(word))
                {
                    if (count < 2 || !ExtractionVocabulary.PhraseBreaks.Contains(word.ToString())) return null;
                    var head = title[headStart..phraseEnd];
                    var label = vocabulary.LabelOfHead(head) ?? (head.EndsWith('s') ? vocabulary.LabelOfHead(head[..^1]) : null);
                    return label is NodeLabel.Method or NodeLabel.Reward
                        ? (string.Join(' ', title[..phraseEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries)), label.Value)
                        : null;
                }
                if (count == 0 && (word is "A" or "An" or "The" || Gerund().IsMatch(word))) return null;
                (headStart, phraseEnd) = (at, end);
                count++;
            }
            at = end + 1;
        }
        return null;
    }

    private static bool IsTitleCaseWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return false;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c != '-') return false;
        }
        return true;
    }

    /// <summary>
    /// "... which we call a polychromic objective": the title's phrase named again within a few words
    /// of a proposal or naming verb is proposed, as the abstract writes it (one plural "s" either way).
    /// Not when the lexicon knows it: "Reinforcement Learning with ..." proposes no reinforcement learning.
    /// </summary>
    public void MarkTitlePhrase(MentionSet mentions, Sentence sentence, int start, (string Phrase, NodeLabel Label) title)
    {
        var text = sentence.Text;
        var stem = title.Phrase.EndsWith('s') ? title.Phrase[..^1] : title.Phrase;
        var reach = ProposalMarker.WordLimit(text, start, text.Length, ProposalMarker.NearWords);
        var at = text.IndexOf(stem, start, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at >= reach || at > 0 && char.IsLetterOrDigit(text[at - 1])) return;
        var end = at + stem.Length;
        if (end < text.Length && text[end] == 's') end++;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) return;
        var surface = text[at..end];
        if (mentions.ConfidenceOf(surface) == Confidence.Lexicon || vocabulary.IsNotEntity(surface)) return;
        mentions.Add(title.Label, surface, surface, sentence, at, surface.Length, Confidence.Cue, proposed: true);
    }

    /// <summary>
    /// "RLP: Reinforcement as a Pretraining Objective": the name a title coins is proposed, with the
    /// label its context in the abstract, its own head noun, the title's apposition or its long form gives.
    /// </summary>
    public void MarkTitleName(MentionSet mentions, Paper paper, Sentence title, string name, IReadOnlyList<Sentence> sentences)
    {
        var rest = paper.Title[(paper.Title.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        var longForm = TitleLongForm(name, rest);
        if (mentions.LabelOf(name) is { } found)
        {
            // "RRHF: Rank Responses to Align ...", "ReST-MCTS*: ...": the lexicon may know the name a paper
            // brings; a title that opens with it is that paper's.
            if (mentions.ConfidenceOf(name) == Confidence.Lexicon)
            {
                mentions.Propose(name);
                return;
            }
            mentions.Add(found, name, name, title, 0, name.Length, Confidence.Cue, inTitle: true, longForm: longForm, proposed: true);
            return;
        }
        NodeLabel? label = null;
        foreach (var sentence in sentences)
        {
            var at = sentence.Text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && coined.LabelFromContext(sentence.Text, at, at + name.Length) is { } l)
            {
                label = l;
                break;
            }
        }
        // "Human-Robot Gym: ...": the name's own last word may be its head noun.
        label ??= vocabulary.LabelOfHead(name.Split(' ', '-')[^1]);
        // "OmniCritic: A Unified Multimodal Reward Model for ...": the title's own apposition.
        label ??= TitleAppositionLabel(rest);
        // "VerdictRM", "OmniCritic": a name built like a reward model's.
        if (label is null && vocabulary.IsRewardModelName(name)) label = NodeLabel.Reward;
        // "WiNGPT-3.0 Technical Report", "MiMo-VL Technical Report": a technical report releases a model.
        if (paper.Title.StartsWith(name + " Technical Report", StringComparison.Ordinal)) label ??= NodeLabel.Model;
        // "RLTF: Reinforcement Learning from Unit Test Feedback": the long form's head, before its preposition, not its last word.
        label ??= longForm is null ? NodeLabel.Method : longFormLabel(longForm);
        mentions.Add(label.Value, name, name, title, 0, name.Length, Confidence.Cue, inTitle: true, longForm: longForm, proposed: true);
    }

    /// <summary>
    /// "A Unified Multimodal Reward Model for Images" -> Reward, "An Self-Improving Framework for RL" ->
    /// Method: after an article, the head noun (two words, then one) before the first preposition or
    /// the end; null when the rest opens with no article or has no head noun there.
    /// </summary>
    private NodeLabel? TitleAppositionLabel(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] is not ("A" or "An" or "a" or "an")) return null;
        var end = 1;
        while (end < words.Length && !ExtractionVocabulary.PhraseBreaks.Contains(words[end].ToLowerInvariant())) end++;
        if (end >= 3 && vocabulary.LabelOfHead(words[end - 2] + " " + words[end - 1]) is { } two) return two;
        return vocabulary.LabelOfHead(words[end - 1]);
    }

    /// <summary>"RPT: Relational Pre-trained Transformer Is ...": the first words of the rest that spell the name.</summary>
    private static string? TitleLongForm(string name, string rest)
    {
        // Stricter than in running text, as a spelt-out definition is: the last word starts with the name's last letter.
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = AcronymFinder.LeadingLongFormWords(name, words, name.Length + 3);
        return take == 0 ? null : string.Join(' ', words[..take]);
    }

    /// <summary>
    /// A coined name of three words or more whose surface the title holds is what the paper brings,
    /// however the abstract introduces it; so is a known one whose long form is the whole title, or
    /// the title's part before its colon.
    /// </summary>
    public void ProposeNamesTheTitleSpells(MentionSet mentions, string title)
    {
        var titleNorm = NameNormaliser.Normalise(title);
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        var headNorm = colon < 0 ? titleNorm : NameNormaliser.Normalise(title[..colon]);
        foreach (var (surface, name, _, confidence) in mentions.Surfaces())
        {
            if (surface.Length <= 12 || surface.Count(c => c == ' ') < 2 || name == surface) continue;
            var surfaceNorm = NameNormaliser.Normalise(surface);
            // "Group Sequence Policy Optimization" titling the paper that defines GSPO: a title that is
            // the name's long form, whole or before its colon, is that name's paper, known or not.
            if (surfaceNorm == headNorm
                || titleNorm.Contains(surfaceNorm, StringComparison.Ordinal) && confidence != Confidence.Lexicon && CoinedNameFinder.LooksCoined(name))
                mentions.Propose(name);
        }
    }

    [GeneratedRegex(@"^[A-Z][a-z]+ing$")]
    private static partial Regex Gerund();
}
