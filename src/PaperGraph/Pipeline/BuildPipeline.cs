using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Pipeline.Spool;

namespace PaperGraph.Pipeline;

/// <summary>
/// Read, extract, resolve, write: input files in, graph.json and the neo4j-admin bundle out, streaming.
/// Papers flow from the readers through extraction (in parallel, results kept in input order) into
/// a spool of sorted runs in <c>OUT/spool</c>; then <see cref="SpoolAssembler"/> resolves and writes.
/// Memory grows with distinct entities and edges, not with the input. A sharded build keeps its
/// spool (and <c>spool/shard.json</c>) for <see cref="ShardMerge"/>; a whole build deletes it.
/// Reusable; holds no per-run state.
/// </summary>
public sealed class BuildPipeline(IPaperExtractor extractor, TimeProvider time)
{
    private const int BatchSize = 256;

    /// <summary>The spool's folder inside an output folder.</summary>
    public const string SpoolFolder = "spool";

    /// <summary>Makes a pipeline with the shipped lexicons plus the user's.</summary>
    public static BuildPipeline Create(IReadOnlyList<string> userLexicons, TimeProvider? time = null) =>
        new(new RuleExtractor(Lexicon.Load(userLexicons)), time ?? TimeProvider.System);

    /// <summary>
    /// Builds a graph small enough to hold in memory (eval, tests): the streaming build goes into a
    /// scratch folder, whose graph.json is read back and the folder deleted.
    /// </summary>
    public KnowledgeGraph BuildGraph(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"papergraph-build-{Environment.ProcessId}-{Guid.NewGuid():n}");
        try
        {
            Run(options, scratch, cancellationToken);
            return GraphJson.ReadFile(Path.Combine(scratch, "graph.json"));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// A paper's spool record; or, when a rule fails on it, the paper as a rejection naming the fault:
    /// one bad paper must not cost a long build, and a rejection is counted and kept, not lost.
    /// </summary>
    private (SerializedRecord Record, Rejection? Failure) Extract(long seq, Paper paper)
    {
        try
        {
            return (SpoolRunWriter.Serialize(new SpoolRecord(seq, extractor.Extract(paper))), null);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            var raw = JsonSerializer.Serialize(new { id = paper.Id, title = paper.Title, @abstract = paper.Abstract });
            return (default, ReadResult.Reject(paper.Source, $"extraction failed, please report it with this record: {e.GetType().Name}: {e.Message}", raw).Rejection);
        }
    }

    /// <summary>Builds the graph of <paramref name="options"/>' inputs into <paramref name="outDir"/>.</summary>
    /// <param name="progress">Hears where the build is, every few hundred papers, from the calling thread.</param>
    public BuildResult Run(BuildOptions options, string outDir, CancellationToken cancellationToken = default, Action<BuildProgress>? progress = null)
    {
        var started = time.GetTimestamp();
        var parallelism = Math.Max(1, options.Parallelism);
        var spoolDir = Path.Combine(outDir, SpoolFolder);
        if (Directory.Exists(spoolDir)) Directory.Delete(spoolDir, recursive: true);

        var source = new PaperSource(options, cancellationToken);
        var spool = new SpoolRunWriter(spoolDir, options.SpoolRunBytes);
        long spooled = 0;
        var failures = new List<Rejection>();
        var extracted = OrderedBatches.Map(source.Papers(), p => Extract(p.Seq, p.Paper), BatchSize, parallelism * 2, cancellationToken);
        foreach (var batch in extracted)
        {
            foreach (var (record, failure) in batch)
            {
                if (failure is null)
                {
                    spool.Add(record);
                    spooled++;
                }
                else if (options.Strict) throw new InputRejectedException(failure);
                else failures.Add(failure);
            }
            progress?.Invoke(new BuildProgress(BuildStage.Extract, spooled, source.Fraction));
        }
        spool.Flush();
        var extractTime = time.GetElapsedTime(started);

        var assembly = new SpoolAssembler(parallelism, options.EdgesInMemory, time, progress, cancellationToken).Assemble(spool.Runs, outDir, spooled);
        if (options.Shard is { } shard)
        {
            ShardMerge.WriteManifest(spoolDir, new ShardManifest(shard.Index, shard.Count, spooled, ShardMerge.Fingerprint(options.Inputs)));
        }
        else if (Directory.Exists(spoolDir))
        {
            Directory.Delete(spoolDir, recursive: true);
        }

        return new BuildResult
        {
            Counts = assembly.Counts,
            PapersRead = source.PapersRead,
            DuplicatePapers = assembly.Duplicates,
            Rejections = [.. source.Rejections, .. failures],
            FilteredOut = source.FilteredOut,
            OtherShards = source.OtherShards,
            Elapsed = time.GetElapsedTime(started),
            Stages = new StageTimes(extractTime, assembly.ResolveTime, assembly.WriteTime),
        };
    }
}
