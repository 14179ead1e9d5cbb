using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// One paper as the relation rules read it: its sentences, where each mention is named, what the
/// paper proposes and which entity is its main subject. Built once per paper, then read by every rule.
/// </summary>
internal sealed class RelationContext
{
    private readonly List<MentionOccurrence>[] _bySentence;

    public RelationContext(Paper paper, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        Paper = paper;
        Sentences = sentences;
        Mentions = mentions;
        _bySentence = new List<MentionOccurrence>[sentences.Count];
        for (var i = 0; i < _bySentence.Length; i++) _bySentence[i] = [];
        foreach (var occurrence in OccurrenceFinder.Find(sentences, mentions)) _bySentence[occurrence.Sentence].Add(occurrence);
        Proposed = mentions.Where(m => m.Role == RelationType.Proposes && m.Label is NodeLabel.Method or NodeLabel.Model).ToArray();
        Subject = PickSubject(paper, Proposed);
    }

    public Paper Paper { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The methods and models the paper proposes, in order of first appearance.</summary>
    public IReadOnlyList<Mention> Proposed { get; }

    /// <summary>The paper's main proposed method or model: the one its title names, else the first proposed; null when it proposes none.</summary>
    public Mention? Subject { get; }

    /// <summary>The mentions named in sentence <paramref name="index"/>, left to right.</summary>
    public IReadOnlyList<MentionOccurrence> In(int index) => _bySentence[index];

    public bool IsProposed(Mention mention) => mention.Role == RelationType.Proposes;

    /// <summary>The evidence for a relation read in a sentence: that sentence, at the tail's place in it.</summary>
    public Evidence EvidenceAt(MentionOccurrence tail) =>
        new(Paper.Id, Sentences[tail.Sentence].Text, Sentences[tail.Sentence].Start + tail.Start, tail.End - tail.Start);

    private static Mention? PickSubject(Paper paper, IReadOnlyList<Mention> proposed)
    {
        foreach (var mention in proposed)
        {
            if (paper.Title.StartsWith(mention.Name, StringComparison.Ordinal)) return mention;
        }
        return proposed.FirstOrDefault(m => m.Label == NodeLabel.Method) ?? proposed.FirstOrDefault();
    }
}
