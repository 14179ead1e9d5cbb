using PaperGraph.Graph;

namespace PaperGraph.Evaluation;

/// <summary>
/// The parts of a graph the scorer reads: nodes by id, paper nodes by normalised title, each
/// paper's entities (with its link type, PROPOSES winning) and each paper's entity-to-entity edges.
/// </summary>
internal sealed class PredictedGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _entitiesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<(string, string, string)>> _relationsOf = new(StringComparer.Ordinal);

    public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> PaperIdByTitle { get; } = new(StringComparer.Ordinal);

    public static PredictedGraph From(KnowledgeGraph graph)
    {
        var predicted = new PredictedGraph();
        // Like score.py's dict: a repeated id keeps its first position and its last value.
        var order = new List<string>();
        foreach (var node in graph.Nodes)
        {
            if (!predicted.Nodes.ContainsKey(node.Id)) order.Add(node.Id);
            predicted.Nodes[node.Id] = node;
        }
        foreach (var id in order)
        {
            var node = predicted.Nodes[id];
            if (node.Label != NodeLabel.Paper) continue;
            var title = string.IsNullOrEmpty(node.Title) ? node.Name : node.Title;
            predicted.PaperIdByTitle.TryAdd(ScoringName.NormaliseTitle(title), id);
        }
        foreach (var edge in graph.Edges)
        {
            if (!predicted.Nodes.TryGetValue(edge.Source, out var source) || !predicted.Nodes.TryGetValue(edge.Target, out var target)) continue;
            var type = edge.Type.CypherName();
            if (source.Label == NodeLabel.Paper && target.Label != NodeLabel.Paper)
            {
                var links = Get(predicted._entitiesOf, source.Id, () => new Dictionary<string, string>(StringComparer.Ordinal));
                if (links.GetValueOrDefault(target.Id) != "PROPOSES") links[target.Id] = type;
            }
            else if (source.Label != NodeLabel.Paper && target.Label != NodeLabel.Paper)
            {
                foreach (var paper in edge.Papers)
                {
                    Get(predicted._relationsOf, paper, () => []).Add((source.Id, type, target.Id));
                }
            }
        }
        return predicted;
    }

    /// <summary>The paper's entities and how it links to each; empty when it has none.</summary>
    public IReadOnlyCollection<KeyValuePair<string, string>> EntitiesOf(string paperId) =>
        _entitiesOf.TryGetValue(paperId, out var links) ? links : [];

    /// <summary>The paper's entity-to-entity edges as (source, type, target).</summary>
    public IReadOnlyCollection<(string Source, string Type, string Target)> RelationsOf(string paperId) =>
        _relationsOf.TryGetValue(paperId, out var edges) ? edges : [];

    private static TValue Get<TValue>(Dictionary<string, TValue> map, string key, Func<TValue> create)
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = create();
            map[key] = value;
        }
        return value;
    }
}
