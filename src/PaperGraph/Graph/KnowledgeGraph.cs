namespace PaperGraph.Graph;

/// <summary>
/// The whole graph, in its canonical order: nodes by label then id, edges by type, source, target.
/// Build one with <see cref="Create"/> so that the order, and so the bytes written, never depend
/// on the order the input arrived in.
/// </summary>
public sealed record KnowledgeGraph
{
    public required IReadOnlyList<GraphNode> Nodes { get; init; }
    public required IReadOnlyList<GraphEdge> Edges { get; init; }

    public static KnowledgeGraph Empty { get; } = new() { Nodes = [], Edges = [] };

    /// <summary>Sorts nodes and edges into canonical order.</summary>
    public static KnowledgeGraph Create(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges) => new()
    {
        Nodes = nodes.OrderBy(n => n.Label).ThenBy(n => n.Id, StringComparer.Ordinal).ToArray(),
        Edges = edges.Order(EdgeOrder).ToArray(),
    };

    /// <summary>The canonical order of edges: by type, then source, then target (ordinal).</summary>
    public static IComparer<GraphEdge> EdgeOrder { get; } = Comparer<GraphEdge>.Create(static (a, b) =>
    {
        // As ints: Enum.CompareTo takes an object, and boxed both types on every comparison of a sort.
        var c = ((int)a.Type).CompareTo((int)b.Type);
        if (c == 0) c = string.CompareOrdinal(a.Source, b.Source);
        return c != 0 ? c : string.CompareOrdinal(a.Target, b.Target);
    });

    /// <summary>Node counts per label, every label present (zero when absent).</summary>
    public IReadOnlyDictionary<NodeLabel, int> NodeCounts() =>
        NodeLabels.All.ToDictionary(l => l, l => Nodes.Count(n => n.Label == l));

    /// <summary>Edge counts per type, every type present (zero when absent).</summary>
    public IReadOnlyDictionary<RelationType, int> EdgeCounts() =>
        RelationTypes.All.ToDictionary(t => t, t => Edges.Count(e => e.Type == t));
}
