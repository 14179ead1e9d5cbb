namespace PaperGraph.Graph;

/// <summary>The node labels of the schema (SCHEMA.md). The names are the Neo4j labels.</summary>
public enum NodeLabel
{
    Paper,
    Method,
    Model,
    Benchmark,
    Reward,
}

/// <summary>Facts about labels that the exporters and the loader share.</summary>
public static class NodeLabels
{
    /// <summary>Every label, in schema order.</summary>
    public static IReadOnlyList<NodeLabel> All { get; } =
        [NodeLabel.Paper, NodeLabel.Method, NodeLabel.Model, NodeLabel.Benchmark, NodeLabel.Reward];

    /// <summary>The four entity labels (everything but Paper).</summary>
    public static IReadOnlyList<NodeLabel> Entities { get; } =
        [NodeLabel.Method, NodeLabel.Model, NodeLabel.Benchmark, NodeLabel.Reward];

    /// <summary>Parses a label name exactly as written in the schema.</summary>
    public static bool TryParse(string text, out NodeLabel label) =>
        Enum.TryParse(text, ignoreCase: false, out label) && Enum.IsDefined(label);
}
