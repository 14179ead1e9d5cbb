using System.Text.RegularExpressions;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction;

/// <summary>
/// The passes over a whole paper's mentions once every sentence is read: what one sentence could not
/// settle alone. Before proposals are marked, a name used as the reward becomes a reward and a bare
/// reward kind folds into the one fuller wording the paper uses; after, the title's model folds into
/// its sole size, a family named beside its members goes, paradigms and proposals imply the names they
/// rest on, and names built on or beaten by a proposal get a label. Immutable; safe on several threads.
/// </summary>
internal sealed partial class MentionRevisions(ModelNameGrammar grammar, ExtractionVocabulary vocabulary, IReadOnlyDictionary<string, LexiconEntry> knownAsWritten)
{
    /// <summary>The passes that proposal marking depends on.</summary>
    public void BeforeProposals(MentionSet mentions, IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences) RelabelUsedAsReward(mentions, sentence);
        FoldRewardsIntoQualifiedOnes(mentions);
    }

    /// <summary>The passes that read what the paper proposes.</summary>
    /// <param name="candidates">Coined-looking names no rule typed, which these passes may type.</param>
    /// <param name="titleName">The name the title coins, if any.</param>
    public void AfterProposals(MentionSet mentions, List<Candidate> candidates, IReadOnlyList<Sentence> sentences, string? titleName)
    {
        if (titleName is not null) FoldTitleModelIntoSoleSize(mentions, titleName, sentences);
        DropFamiliesOfNamedMembers(mentions);
        ImplyParadigmRewards(mentions);
        ImplyBasesOfProposedMethods(mentions);
        TypeBasesOfProposedNames(mentions, candidates, sentences);
        TypeComparedNames(mentions, candidates, sentences);
    }

    /// <summary>
    /// "a temporal consistency reward ... the consistency reward": the shorter phrase is the same
    /// reward, when the paper qualifies that kind only one way.
    /// </summary>
    private static void FoldRewardsIntoQualifiedOnes(MentionSet mentions)
    {
        var rewards = mentions.ShapedRewardNames();
        foreach (var shorter in rewards)
        {
            // One word more, and only one such: "temporal consistency reward" for "consistency reward".
            var longer = rewards.Where(r => MentionSet.Qualifies(r, shorter) && r.IndexOf(' ') == r.Length - shorter.Length - 1).ToArray();
            if (longer.Length == 1) mentions.Absorb(shorter, longer[0]);
        }
    }

    /// <summary>
    /// "we use xCOMET, a state-of-the-art quality estimation system, as our token-level reward model":
    /// a name the paper uses as its reward is a reward, whatever its apposition made it. Only a name a
    /// weaker rule typed as a method: a known name keeps its label, and a model used to score ("GPT-4o
    /// as the reward model") is still a model.
    /// </summary>
    private static void RelabelUsedAsReward(MentionSet mentions, Sentence sentence)
    {
        foreach (var m in UsedAsRewards.Matches(sentence.Text))
        {
            var name = m.Groups["name"];
            if (mentions.LabelOf(name.Value) == NodeLabel.Method && mentions.ConfidenceOf(name.Value) < Confidence.Definition)
                mentions.Add(NodeLabel.Reward, name.Value, name.Value, sentence, name.Index, name.Length, Confidence.Definition);
        }
    }

    private static readonly WordGatedPattern UsedAsRewards = new(UsedAsReward(), "as the ", "as our ", "as a ", "as an ");

    /// <summary>The gated pattern with its words, for the test that keeps them in step.</summary>
    internal static IReadOnlyList<WordGatedPattern> GatedPatterns => [UsedAsRewards];

    [GeneratedRegex(@"\b(?:use[sd]?|using|appl(?:y|ies|ied|ying)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?)\s+(?<name>[A-Za-z][\w\-.^*+]*[\w+*])(?:\s*\([^)]*\))?(?:,[^,;]{1,80},)?\s+as\s+(?:the|our|a|an)\s+(?:[\w\-]+\s+){0,3}?reward(?:\s+(?:models?|functions?|signals?))?\b")]
    private static partial Regex UsedAsReward();

    /// <summary>
    /// "Qwen2.5-7B, Llama 3.1 8B and Mistral-7B-v0.3 ... the trained Qwen model ... the Llama and
    /// Mistral models": a family named alone in a paper that names one of its members means that
    /// member, not a model of its own. A family named with no member ("We evaluate RRHF using LLaMA")
    /// stays, and so does one the paper proposes.
    /// </summary>
    private void DropFamiliesOfNamedMembers(MentionSet mentions)
    {
        var models = mentions.Surfaces().Where(s => s.Label == NodeLabel.Model).Select(s => s.Name).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var family in models.Where(grammar.IsBareFamily).ToArray())
        {
            if (mentions.Proposed().Contains(family, StringComparer.Ordinal)) continue;
            if (models.Any(m => m.Length > family.Length && m.StartsWith(family, StringComparison.Ordinal) && !char.IsLetter(m[family.Length])))
                mentions.Remove(family);
        }
    }

    /// <summary>A paper that names RLHF (RLVR, RLAIF) names its reward too: a handful of lookups per paper.</summary>
    private void ImplyParadigmRewards(MentionSet mentions)
    {
        foreach (var (keys, label, reward) in _paradigms)
        {
            if (mentions.FirstNamedByKey(keys, label) is { } paradigm) mentions.Imply(NodeLabel.Reward, reward, paradigm);
        }
    }

    /// <summary>
    /// "Clinical-R1: ..." whose abstract releases one size, Clinical-R1-3B: the title's model is that
    /// model, so the two are one mention, when the abstract never uses the title's name on its own
    /// ("ForgeCoder: ..." then only "ForgeCoder-14B"), whatever label the title alone gave it; one
    /// the abstract names ("We propose RePerceive, ...", "We present Halcyon-2, a family of models")
    /// stays itself. A reward model folds either way. Not when the abstract names other sizes or
    /// variants ("MiMo-7B-Base", "MiMo-7B-RL"): then the title names a family.
    /// </summary>
    private static void FoldTitleModelIntoSoleSize(MentionSet mentions, string titleName, IReadOnlyList<Sentence> sentences)
    {
        if (mentions.LabelOf(titleName) is not { } label) return;
        // "Halcyon-2 Technical Report" / "We present Halcyon-2, a family of ... models" / "Halcyon-2-32B":
        // a model the abstract names on its own is the family, not its one named size. A reward model
        // is one model at any size ("StepJudge" and "StepJudge-7B").
        if (label != NodeLabel.Reward && sentences.Any(s => ProposalMarker.IndexOfWord(s.Text, titleName, 0, s.Text.Length) >= 0)) return;
        var family = NameNormaliser.Normalise(titleName) + " ";
        string? sole = null;
        foreach (var surface in mentions.Surfaces())
        {
            // Most names share not even the first letter: skip them before normalising.
            if (surface.Name.Length <= titleName.Length || char.ToLowerInvariant(surface.Name[0]) != char.ToLowerInvariant(titleName[0])) continue;
            var name = NameNormaliser.Normalise(surface.Name);
            if (!name.StartsWith(family, StringComparison.Ordinal) || surface.Name == sole) continue;
            if (sole is not null || surface.Label is not (NodeLabel.Model or NodeLabel.Reward) || !ModelSize().IsMatch(name.AsSpan(family.Length))) return;
            sole = surface.Name;
        }
        if (sole is not null) mentions.Absorb(titleName, sole);
    }

    [GeneratedRegex(@"^\d+(?:\.\d+)?[bmk]$")]
    private static partial Regex ModelSize();

    /// <summary>
    /// "a new off-policy RL algorithm, TP-GRPO": a proposed method named after a known one, by a
    /// hyphenated part written as the lexicon writes it, names that method too, even where the
    /// abstract does not spell it out; the extension rule then reads the one as built on the other.
    /// </summary>
    private void ImplyBasesOfProposedMethods(MentionSet mentions)
    {
        foreach (var name in mentions.Proposed().ToArray())
        {
            if (!name.Contains('-', StringComparison.Ordinal) || mentions.LabelOf(name) != NodeLabel.Method || mentions.ConfidenceOf(name) == Confidence.Lexicon) continue;
            foreach (var part in name.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length < 3 || !knownAsWritten.TryGetValue(part, out var entry) || entry.Label != NodeLabel.Method || vocabulary.IsNotEntity(part)) continue;
                mentions.Imply(NodeLabel.Method, entry.Name, name);
            }
        }
    }

    // The reward paradigms' forms, which StandardRelations holds normalised: mention keys as they are.
    private readonly (string[] Keys, NodeLabel Label, string Reward)[] _paradigms = StandardRelations.Shipped.RewardParadigms
        .Select(f => (f.HeadForms.ToArray(), f.HeadLabel, f.TailName)).ToArray();

    /// <summary>
    /// "We propose INPO-2 ... improving over the earlier INPO": an untyped name that a proposed name
    /// is built on is what the proposal extends, so it has the proposal's label.
    /// </summary>
    private static void TypeBasesOfProposedNames(MentionSet mentions, List<Candidate> candidates, IReadOnlyList<Sentence> sentences)
    {
        if (candidates.Count == 0) return;
        var proposed = mentions.Proposed().Select(name => (Name: name, Label: mentions.LabelOf(name)))
            .Where(p => p.Label is NodeLabel.Method or NodeLabel.Model).ToArray();
        if (proposed.Length == 0) return;
        foreach (var candidate in candidates)
        {
            if (candidate.Evidence.InTitle || candidate.Surface.Length < 3) continue;
            var builtOn = proposed.FirstOrDefault(p => ExtensionRule.BuildsOnName(p.Name, candidate.Surface));
            if (builtOn.Label is not { } label || mentions.Contains(candidate.Surface)) continue;
            var sentence = SentenceOf(candidate, sentences);
            mentions.Add(label, candidate.Surface, candidate.Surface, sentence, candidate.Evidence.Start - sentence.Start, candidate.Evidence.Length, Confidence.Shape);
        }
    }

    /// <summary>
    /// "outperforming WebRL and GPT-4o-based agents", "than ToRL-7B and ReTool": a coined name no noun
    /// types, that the paper beats, is a baseline; baselines are methods unless a release's variant ends
    /// the name ("DeepSWE-Preview"), as head-nouns.tsv says of "baselines such as ...".
    /// </summary>
    private static void TypeComparedNames(MentionSet mentions, List<Candidate> candidates, IReadOnlyList<Sentence> sentences)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Evidence.InTitle || mentions.Contains(candidate.Surface)) continue;
            var sentence = SentenceOf(candidate, sentences);
            var start = candidate.Evidence.Start - sentence.Start;
            if (!ComparedListBefore().IsMatch(sentence.Text.AsSpan(0, start))) continue;
            var label = ModelNameGrammar.EndsInVariant(candidate.Surface) ? NodeLabel.Model : NodeLabel.Method;
            mentions.Add(label, candidate.Surface, candidate.Surface, sentence, start, candidate.Evidence.Length, Confidence.Cue);
        }
    }

    // What stands before a name the paper beats: the cue, then maybe other members of its list.
    [GeneratedRegex(@"\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|than|over|[Cc]ompared\s+(?:with|to))\s+(?:both\s+|the\s+)?(?:[^\s,;.]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$", RegexOptions.RightToLeft)]
    private static partial Regex ComparedListBefore();

    /// <summary>The abstract sentence a candidate was read in (its evidence starts are abstract offsets).</summary>
    private static Sentence SentenceOf(Candidate candidate, IReadOnlyList<Sentence> sentences) =>
        sentences.Last(s => s.Start <= candidate.Evidence.Start);
}
