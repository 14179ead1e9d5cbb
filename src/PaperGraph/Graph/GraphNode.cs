namespace PaperGraph.Graph;

/// <summary>
/// One node of the graph. Entities carry <see cref="Name"/> and <see cref="Aliases"/>;
/// Paper nodes also carry the paper's own fields.
/// </summary>
public sealed record GraphNode
{
    /// <summary>
    /// Corpus-wide identity, unique across the whole graph: the lower-case label, a colon and a slug
    /// (<c>method:grpo</c>, <c>model:qwen3-1.7b-base</c>, <c>paper:2510.01234</c>).
    /// </summary>
    public required string Id { get; init; }
    public required NodeLabel Label { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    // Paper only.
    public string? Title { get; init; }
    public string? Abstract { get; init; }
    public string? Url { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
}
