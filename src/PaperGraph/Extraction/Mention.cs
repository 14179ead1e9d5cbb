using PaperGraph.Graph;

namespace PaperGraph.Extraction;

/// <summary>An entity as one paper names it, before resolution across papers.</summary>
public sealed record Mention
{
    public required NodeLabel Label { get; init; }

    /// <summary>The short canonical form: the acronym when the paper defines one, else the most specific surface form.</summary>
    public required string Name { get; init; }

    /// <summary>Other surface forms in this paper (long form, spelling variants).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The long form this paper gives an acronym, if any; keeps same-acronym entities apart.</summary>
    public string? LongForm { get; init; }

    /// <summary><see cref="RelationType.Proposes"/>, <see cref="RelationType.EvaluatesOn"/> or <see cref="RelationType.Mentions"/>.</summary>
    public required RelationType Role { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A relation between two mentions of the same paper, named by their labels and names.</summary>
public sealed record RelationMention(MentionKey Head, RelationType Type, MentionKey Tail, Evidence Evidence);

/// <summary>Identifies a mention within one paper.</summary>
public readonly record struct MentionKey(NodeLabel Label, string Name);

/// <summary>What extraction found in one paper.</summary>
public sealed record PaperExtraction
{
    public required Ingest.Paper Paper { get; init; }
    public required IReadOnlyList<Mention> Mentions { get; init; }
    public required IReadOnlyList<RelationMention> Relations { get; init; }

    /// <summary>
    /// Name-like words this paper leaves untyped ("DAPO", "SuperGPQA"); resolution types them when
    /// another paper typed the same name with confidence.
    /// </summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];
}

/// <summary>An untyped, name-like surface form and where it was read.</summary>
public sealed record Candidate(string Surface, Evidence Evidence);

/// <summary>
/// The extraction stage: one paper in, its mentions and relations out. Implementations are
/// immutable after construction and safe to call from several threads at once.
/// </summary>
public interface IPaperExtractor
{
    PaperExtraction Extract(Ingest.Paper paper);
}
