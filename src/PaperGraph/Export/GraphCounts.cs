using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>How many nodes per label and edges per type a written graph holds; every label and type present.</summary>
public sealed record GraphCounts(IReadOnlyDictionary<NodeLabel, long> Nodes, IReadOnlyDictionary<RelationType, long> Edges)
{
    public long NodeTotal => Nodes.Values.Sum();
    public long EdgeTotal => Edges.Values.Sum();

    public static GraphCounts Of(KnowledgeGraph graph) => new(
        graph.NodeCounts().ToDictionary(kv => kv.Key, kv => (long)kv.Value),
        graph.EdgeCounts().ToDictionary(kv => kv.Key, kv => (long)kv.Value));
}
