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

    public bool Contains(Mention head, RelationType type, Mention tail) =>
        _seen.Contains((new MentionKey(head.Label, head.Name), type, new MentionKey(tail.Label, tail.Name)));

    /// <summary>The tails of <paramref name="head"/>'s relations of one type.</summary>
    public IEnumerable<MentionKey> TailsOf(Mention head, RelationType type) =>
        _relations.Where(r => r.Type == type && r.Head == new MentionKey(head.Label, head.Name)).Select(r => r.Tail);
}
