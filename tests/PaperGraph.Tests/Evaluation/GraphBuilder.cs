using PaperGraph.Evaluation;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Evaluation;

/// <summary>Small graphs and gold papers for scorer tests, written the way a reader would sketch them.</summary>
internal sealed class GraphBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];

    public GraphBuilder Paper(string id, string title)
    {
        _nodes.Add(new GraphNode { Id = id, Label = NodeLabel.Paper, Name = title, Title = title });
        return this;
    }

    public GraphBuilder Entity(string paperId, string id, NodeLabel label, string name, RelationType link = RelationType.Mentions, params string[] aliases)
    {
        if (!_nodes.Any(n => n.Id == id)) _nodes.Add(new GraphNode { Id = id, Label = label, Name = name, Aliases = aliases });
        _edges.Add(new GraphEdge { Source = paperId, Target = id, Type = link, Papers = [paperId] });
        return this;
    }

    public GraphBuilder Relation(string paperId, string head, RelationType type, string tail)
    {
        _edges.Add(new GraphEdge { Source = head, Target = tail, Type = type, Papers = [paperId] });
        return this;
    }

    public KnowledgeGraph Build() => KnowledgeGraph.Create(_nodes, _edges);

    public static GoldEntity Gold(string id, NodeLabel label, string name, bool proposed = false, bool core = true, params string[] aliases) =>
        new() { Id = id, Label = label, Name = name, Aliases = aliases, Proposed = proposed, Core = core };
}
