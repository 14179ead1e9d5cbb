using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// The relations found in one paper so far: each (head, type, tail) once, with the evidence that
/// found it first; self-loops and pairs the schema does not allow are refused.
/// </summary>
internal sealed class RelationSet
{
    private readonly List<RelationMention> _relations = [];
    private readonly HashSet<(MentionKey, RelationType, MentionKey)> _seen = [];

    public IReadOnlyList<RelationMention> Relations => _relations;

    public bool Add(Mention head, RelationType type, Mention tail, Evidence evidence)
    {
        var h = new MentionKey(head.Label, head.Name);
        var t = new MentionKey(tail.Label, tail.Name);
        if (h == t || !type.Allows(head.Label, tail.Label) || !_seen.Add((h, type, t))) return false;
        _relations.Add(new RelationMention(h, type, t, evidence));
        return true;
    }
}
