namespace PaperGraph.Graph;

/// <summary>
/// One edge of the graph, with the papers and sentences that support it.
/// <see cref="Papers"/> and <see cref="Evidence"/> are sorted and free of duplicates.
/// </summary>
public sealed record GraphEdge
{
    public required string Source { get; init; }
    public required string Target { get; init; }
    public required RelationType Type { get; init; }
    public IReadOnlyList<string> Papers { get; init; } = [];
    public IReadOnlyList<string> Evidence { get; init; } = [];
}
