using PaperGraph.Graph;

namespace PaperGraph.Evaluation;

/// <summary>One annotated paper of a gold file (<c>*.gold.jsonl</c>, SCHEMA.md "Gold file format").</summary>
public sealed record GoldPaper
{
    public required string Title { get; init; }
    public required IReadOnlyList<GoldEntity> Entities { get; init; }
    public required IReadOnlyList<GoldRelation> Relations { get; init; }
}

/// <summary>
/// A gold entity: <see cref="Id"/> is its corpus-wide identity; <see cref="Core"/> false marks a
/// borderline entity that recall does not count.
/// </summary>
public sealed record GoldEntity
{
    public required string Id { get; init; }
    public required NodeLabel Label { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public bool Proposed { get; init; }
    public bool Core { get; init; } = true;
}

/// <summary>A gold entity-to-entity relation between two entity ids of the same paper.</summary>
public sealed record GoldRelation(string Head, string Type, string Tail);
