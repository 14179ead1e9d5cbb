using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>What <see cref="BuildPipeline"/> reads and how.</summary>
public sealed record BuildOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Stop at the first rejected record instead of skipping it.</summary>
    public bool Strict { get; init; }

    /// <summary>User lexicon files, added to the shipped ones.</summary>
    public IReadOnlyList<string> Lexicons { get; init; } = [];

    /// <summary>Papers outside these arXiv categories are skipped and counted (not rejected).</summary>
    public CategoryFilter Categories { get; init; } = CategoryFilter.All;

    /// <summary>
    /// The part of the input this job builds, or null for all of it. A sharded build (even <c>1/1</c>)
    /// keeps its spool for <c>merge</c>.
    /// </summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Threads extracting at once; default one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Bytes of serialised extractions sorted in memory before a spool run is written. Bounds the
    /// build's memory; a smaller budget only means more runs to merge.
    /// </summary>
    public long SpoolRunBytes { get; init; } = 64L << 20;

    /// <summary>
    /// Distinct entity-to-entity edges held in memory before they are written to a sorted run on
    /// disk (see <see cref="EdgeSpill"/>). Bounds the write pass's memory on large inputs.
    /// </summary>
    public int EdgesInMemory { get; init; } = DefaultEdgesInMemory;

    /// <summary>The default of <see cref="EdgesInMemory"/>: a few hundred MB of edges at most.</summary>
    public const int DefaultEdgesInMemory = 400_000;
}
