using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Resolution;

/// <summary>
/// Second pass of resolution: the fixed entities, and the mapping of any paper's mentions and
/// relations to entity node ids. Immutable; safe to use from several threads.
/// </summary>
public sealed class EntityTable
{
    private readonly Dictionary<(NodeLabel, string Norm, string LongNorm), string> _idOf;
    private readonly Dictionary<(NodeLabel, string Norm), string> _defaultSense;
    private readonly Dictionary<string, (string Id, NodeLabel Label)> _unambiguousNames;

    internal EntityTable(
        IReadOnlyList<GraphNode> entityNodes,
        Dictionary<(NodeLabel, string, string), string> idOf,
        Dictionary<(NodeLabel, string), string> defaultSense,
        Dictionary<string, (string Id, NodeLabel Label)> unambiguousNames)
    {
        EntityNodes = entityNodes;
        _idOf = idOf;
        _defaultSense = defaultSense;
        _unambiguousNames = unambiguousNames;
    }

    /// <summary>One node per resolved entity, in canonical order.</summary>
    public IReadOnlyList<GraphNode> EntityNodes { get; }

    /// <summary>
    /// A paper's links to its entities (one per entity: PROPOSES over EVALUATES_ON over MENTIONS)
    /// and its entity-to-entity relations, with node ids. Relations the schema does not allow, and
    /// self-loops, are dropped. The paper's untyped candidates become links when another paper typed
    /// that name and the name denotes one entity only (cross-paper propagation).
    /// </summary>
    public ResolvedPaper Resolve(PaperExtraction extraction)
    {
        var paperId = extraction.Paper.Id;
        var idByKey = new Dictionary<MentionKey, string>();
        var links = new Dictionary<string, PaperLink>(StringComparer.Ordinal);
        foreach (var mention in extraction.Mentions)
        {
            var id = IdOf(mention, paperId);
            idByKey[new MentionKey(mention.Label, mention.Name)] = id;
            if (!links.TryGetValue(id, out var current) || Rank(mention.Role) < Rank(current.Role))
                links[id] = new PaperLink(id, mention.Role, mention.Evidence.Sentence);
        }
        foreach (var candidate in extraction.Candidates)
        {
            if (!_unambiguousNames.TryGetValue(NameNormaliser.IdentityKey(candidate.Surface), out var known) || links.ContainsKey(known.Id)) continue;
            var role = known.Label == NodeLabel.Benchmark ? Graph.RelationType.EvaluatesOn : Graph.RelationType.Mentions;
            links[known.Id] = new PaperLink(known.Id, role, candidate.Evidence.Sentence);
        }
        var relations = new List<EntityRelation>();
        foreach (var r in extraction.Relations)
        {
            if (!idByKey.TryGetValue(r.Head, out var head) || !idByKey.TryGetValue(r.Tail, out var tail)) continue;
            if (head == tail || !r.Type.Allows(r.Head.Label, r.Tail.Label)) continue;
            relations.Add(new EntityRelation(head, r.Type, tail, r.Evidence.Sentence));
        }
        return new ResolvedPaper(paperId, links.Values.OrderBy(l => l.EntityId, StringComparer.Ordinal).ToArray(), relations);
    }

    private string IdOf(Mention mention, string paperId)
    {
        var norm = NameNormaliser.IdentityKey(mention.Name);
        if (_idOf.TryGetValue((mention.Label, norm, EntityResolver.SenseKeyOf(mention, paperId)), out var id))
            return id;
        return _defaultSense[(mention.Label, norm)];
    }

    private static int Rank(Graph.RelationType role) => role switch
    {
        Graph.RelationType.Proposes => 0,
        Graph.RelationType.EvaluatesOn => 1,
        _ => 2,
    };
}

/// <summary>A paper's mentions and relations after resolution, ready to become edges.</summary>
public sealed record ResolvedPaper(string PaperId, IReadOnlyList<PaperLink> Links, IReadOnlyList<EntityRelation> Relations);

/// <summary>Paper -> entity edge: PROPOSES, EVALUATES_ON or MENTIONS, with the sentence that shows it.</summary>
public sealed record PaperLink(string EntityId, Graph.RelationType Role, string Sentence);

/// <summary>Entity -> entity edge with the sentence that shows it.</summary>
public sealed record EntityRelation(string HeadId, Graph.RelationType Type, string TailId, string Sentence);
