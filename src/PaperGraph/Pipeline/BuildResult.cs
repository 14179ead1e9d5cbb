using PaperGraph.Export;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>What a build wrote, and what happened to every input record.</summary>
public sealed record BuildResult
{
    /// <summary>Nodes per label and edges per type of the graph written.</summary>
    public required GraphCounts Counts { get; init; }

    /// <summary>Papers read into this build (after category and shard filters), duplicates included.</summary>
    public required long PapersRead { get; init; }
    public required long DuplicatePapers { get; init; }
    public required IReadOnlyList<Rejection> Rejections { get; init; }

    /// <summary>Papers skipped by <c>--category</c>: read fine, just not wanted.</summary>
    public long FilteredOut { get; init; }

    /// <summary>Papers left to the other shards of a <c>--shard i/N</c> build.</summary>
    public long OtherShards { get; init; }

    public required TimeSpan Elapsed { get; init; }

    /// <summary>Wall time of each stage, to see where a slow build spends it.</summary>
    public required StageTimes Stages { get; init; }
}

/// <summary>Wall time of the build's stages: read and extract (with spooling), resolution's first pass, the writing pass.</summary>
public sealed record StageTimes(TimeSpan Extract, TimeSpan Resolve, TimeSpan Write);
