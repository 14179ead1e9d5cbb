using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Pipeline.Spool;
using PaperGraph.Resolution;

namespace PaperGraph.Pipeline;

/// <summary>
/// The two passes over a spool: resolution's first pass observes every paper (in canonical order:
/// paper id, then input order; a repeated id is kept once), the entities are fixed, and the second
/// pass resolves each paper and streams it to graph.json and the bundle. Papers never sit in memory
/// together; what does is the resolver's state (distinct names) and the entity-to-entity edges up
/// to <c>maxEdgesInMemory</c>, past which <see cref="EdgeSpill"/> writes them to sorted runs.
/// A build and a merge of shards both end here, which is why they give the same graph.
/// </summary>
internal sealed class SpoolAssembler(int parallelism, int maxEdgesInMemory, TimeProvider time, Action<BuildProgress>? progress, CancellationToken cancellationToken)
{
    private const int BatchSize = 256;

    /// <summary>Where entity-to-entity edges go when there are more than fit in memory; removed when done.</summary>
    private const string EdgeRunFolder = ".edge-runs";

    /// <summary>Writes the graph of <paramref name="runs"/> into <paramref name="outDir"/>.</summary>
    /// <param name="expectedPapers">Records in the runs, for progress; duplicates make the real count lower.</param>
    public SpoolAssembly Assemble(IReadOnlyList<string> runs, string outDir, long expectedPapers)
    {
        var started = time.GetTimestamp();
        var resolver = new EntityResolver();
        long duplicates = 0;
        long observed = 0;
        foreach (var record in SpoolMerge.ReadNames(runs, () => duplicates++, cancellationToken))
        {
            resolver.Observe(record.PaperId, record.Mentions);
            if (++observed % BatchSize == 0) Report(BuildStage.Resolve, observed, expectedPapers);
        }
        Report(BuildStage.Resolve, observed, observed);
        var table = resolver.Resolve();
        var resolveTime = time.GetElapsedTime(started);
        started = time.GetTimestamp();

        using var relations = new EdgeSpill(Path.Combine(outDir, EdgeRunFolder), maxEdgesInMemory);
        using var writer = new StreamingGraphWriter(outDir, table.EntityNodes);
        long written = 0;
        // Workers resolve and render whole batches; this thread only appends their bytes.
        var rendered = OrderedBatches.MapBatches(
            SpoolMerge.Read(runs, static () => { }, cancellationToken),
            batch =>
            {
                var resolved = Array.ConvertAll(batch, record => table.Resolve(record.Extraction));
                var rows = writer.Render([.. batch.Select((record, i) =>
                    (GraphAssembler.PaperNode(record.Extraction.Paper), GraphAssembler.PaperLinks(resolved[i])))]);
                return (Rows: rows, Resolved: resolved);
            },
            BatchSize, parallelism * 2, cancellationToken);
        foreach (var (rows, resolvedBatch) in rendered)
        {
            var papers = rows.Count;
            writer.Write(rows);
            foreach (var resolved in resolvedBatch)
            {
                foreach (var r in resolved.Relations)
                {
                    relations.Add(r.HeadId, r.Type, r.TailId, resolved.PaperId, r.Sentence);
                }
            }
            written += papers;
            Report(BuildStage.Write, written, expectedPapers - duplicates);
        }
        var counts = writer.Complete(relations.SortedEdges());
        return new SpoolAssembly(counts, written, duplicates, resolveTime, time.GetElapsedTime(started));
    }

    private void Report(BuildStage stage, long done, long expected) =>
        progress?.Invoke(new BuildProgress(stage, done, expected <= 0 ? 1 : Math.Min(1, done / (double)expected)));
}

/// <summary>What <see cref="SpoolAssembler"/> wrote: the graph's counts, papers written, duplicate ids dropped, and how long each pass took.</summary>
internal sealed record SpoolAssembly(GraphCounts Counts, long Papers, long Duplicates, TimeSpan ResolveTime, TimeSpan WriteTime);
