using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// One paper as the relation rules read it: its sentences, where each mention is named, what the
/// paper proposes and which entity is its main subject. Built once per paper, then read by every rule.
/// </summary>
internal sealed partial class RelationContext
{
    private readonly List<MentionOccurrence>[] _bySentence;

    public RelationContext(Paper paper, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        Paper = paper;
        Sentences = sentences;
        Mentions = mentions;
        _bySentence = new List<MentionOccurrence>[sentences.Count];
        for (var i = 0; i < _bySentence.Length; i++) _bySentence[i] = [];
        var counts = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        foreach (var occurrence in OccurrenceFinder.Find(paper.Abstract, sentences, mentions))
        {
            _bySentence[occurrence.Sentence].Add(occurrence);
            counts[occurrence.Mention] = counts.GetValueOrDefault(occurrence.Mention) + 1;
        }
        Proposed = mentions.Where(m => m.Role == RelationType.Proposes && m.Label is NodeLabel.Method or NodeLabel.Model).ToArray();
        Subject = PickSubject(paper, Proposed, counts);
        foreach (var mention in mentions)
        {
            var forms = mention.Aliases.Prepend(mention.Name).Select(NameNormaliser.Normalise).ToArray();
            _forms[mention] = forms;
            if (mention.Label == NodeLabel.Method && TermList.InferenceTechniques.ContainsAny(forms)) _techniques.Add(mention);
            if (mention.Label == NodeLabel.Model && ExtractionVocabulary.Shipped.IsClosedModel(mention.Name)) _closedModels.Add(mention);
            if (mention.Label == NodeLabel.Reward && TermList.GenericRewards.ContainsAny(forms)) _genericRewards.Add(mention);
            if (mention.Label == NodeLabel.Method && StandardRelations.Shipped.IsRewardParadigm(mention.Label, forms)) _paradigms.Add(mention);
        }
        // "we introduce Fast F5-TTS, a training-free approach ... and propose EPSS": what a paper that calls its
        // own method training-free proposes trains no model.
        if (sentences.Any(s => s.Text.Contains("-free", StringComparison.Ordinal) && OwnTrainingFree().IsMatch(s.Text)))
        {
            foreach (var m in mentions.Where(m => m.Label == NodeLabel.Method && m.Role == RelationType.Proposes)) _techniques.Add(m);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Ww]e\s+(?:propose|introduce|present)|[Oo]ur\s+(?:method|approach|framework))\b[^.;]{0,60}\b(?:training|tuning|fine-tuning|finetuning)-free\b")]
    private static partial System.Text.RegularExpressions.Regex OwnTrainingFree();

    private readonly HashSet<Mention> _techniques = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Mention> _closedModels = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Mention> _genericRewards = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Mention> _paradigms = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Mention, string[]> _forms = new(ReferenceEqualityComparer.Instance);

    public Paper Paper { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The methods and models the paper proposes, in order of first appearance.</summary>
    public IReadOnlyList<Mention> Proposed { get; }

    /// <summary>The paper's main proposed method or model: the one its title names, else the first proposed; null when it proposes none.</summary>
    public Mention? Subject { get; }

    /// <summary>The first sentence that names <paramref name="mention"/>; 0 when none does (a name only the title gives).</summary>
    public int FirstSentenceOf(Mention mention)
    {
        for (var s = 0; s < _bySentence.Length; s++)
        {
            if (_bySentence[s].Exists(o => ReferenceEquals(o.Mention, mention))) return s;
        }
        return 0;
    }

    /// <summary>The mentions named in sentence <paramref name="index"/>, left to right.</summary>
    public IReadOnlyList<MentionOccurrence> In(int index) => _bySentence[index];

    public bool IsProposed(Mention mention) => mention.Role == RelationType.Proposes;

    /// <summary>True for inference-time techniques and settings (<c>inference-techniques.tsv</c>).</summary>
    public bool IsTechnique(Mention mention) => _techniques.Contains(mention);

    /// <summary>
    /// Makes every method that extends a technique a technique too: "EAGLE, a speculative sampling
    /// framework" is applied to models at inference, not trained into them.
    /// </summary>
    public void AddKindsOfTechniques(IEnumerable<RelationMention> relations)
    {
        foreach (var r in relations)
        {
            if (r.Type != RelationType.Extends || r.Head.Label != NodeLabel.Method) continue;
            var tail = Mentions.FirstOrDefault(m => m.Label == r.Tail.Label && m.Name == r.Tail.Name);
            var head = Mentions.FirstOrDefault(m => m.Label == r.Head.Label && m.Name == r.Head.Name);
            if (tail is not null && head is not null && _techniques.Contains(tail)) _techniques.Add(head);
        }
    }

    /// <summary>True for GPT-4o, Gemini, Claude: models whose weights are closed (closed-models.txt), which no paper trains.</summary>
    public bool IsClosedModel(Mention mention) => _closedModels.Contains(mention);

    /// <summary>The mention's name and aliases, normalised as resolution compares them.</summary>
    public IReadOnlyList<string> FormsOf(Mention mention) => _forms[mention];

    /// <summary>True for RLVR, RLHF, RLAIF: paradigms defined by their reward, which own the rewards named beside them.</summary>
    public bool IsRewardParadigm(Mention mention) => _paradigms.Contains(mention);

    /// <summary>True for reward names too generic to give the subject by default (<c>generic-rewards.tsv</c>).</summary>
    public bool IsGenericReward(Mention mention) => _genericRewards.Contains(mention);

    /// <summary>
    /// Who "it", "our method" or an unnamed subject most likely is at this point: the proposed
    /// method or model named last before it, else the paper's subject.
    /// </summary>
    public Mention? RecentProposed(int sentence, int start) => LastNamed(sentence, start, Proposed.Contains) ?? Subject;

    /// <summary>The mention named last before <paramref name="start"/> in sentence <paramref name="sentence"/>, or in an earlier one, that <paramref name="fits"/>; null when none.</summary>
    public Mention? LastNamed(int sentence, int start, Func<Mention, bool> fits)
    {
        for (var s = sentence; s >= 0; s--)
        {
            var here = _bySentence[s];
            for (var i = here.Count - 1; i >= 0; i--)
            {
                if ((s < sentence || here[i].End <= start) && fits(here[i].Mention)) return here[i].Mention;
            }
        }
        return null;
    }

    /// <summary>The evidence for a relation read in a sentence: that sentence, at the tail's place in it.</summary>
    public Evidence EvidenceAt(MentionOccurrence tail) =>
        new(Paper.Id, Sentences[tail.Sentence].Text, Sentences[tail.Sentence].Start + tail.Start, tail.End - tail.Start);

    // The title's own name first ("RLP: ...", or "Clinical-R1: ..." for a Clinical-R1-3B), then one the title contains, then the one the
    // abstract names most (methods before models on a tie, as papers mostly propose methods).
    private static Mention? PickSubject(Paper paper, IReadOnlyList<Mention> proposed, Dictionary<Mention, int> counts) =>
        proposed.FirstOrDefault(m => paper.Title.StartsWith(m.Name, StringComparison.Ordinal) || m.Aliases.Any(a => paper.Title.StartsWith(a + ":", StringComparison.Ordinal)))
        ?? proposed.FirstOrDefault(m => ContainsWord(paper.Title, m.Name))
        ?? proposed.OrderByDescending(m => counts.GetValueOrDefault(m)).ThenBy(m => m.Label == NodeLabel.Method ? 0 : 1).FirstOrDefault();

    private static bool ContainsWord(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]));
    }
}
