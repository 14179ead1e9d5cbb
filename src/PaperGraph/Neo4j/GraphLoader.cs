using System.Diagnostics;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Loads a <see cref="KnowledgeGraph"/> into Neo4j: schema first, then every label's nodes, then every
/// edge group, in batches of <see cref="BatchSize"/> rows, one statement per label or edge group.
/// Each batch is its own transaction and every statement is idempotent, so a load that stopped half
/// way is completed by running it again, and loading a second corpus merges the entities both share.
/// </summary>
public sealed class GraphLoader(INeo4jQueryClient client, TimeProvider time)
{
    /// <summary>Rows per statement; Neo4j handles thousands per transaction comfortably.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Told after each statement how far the load has come.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    public async Task<LoadReport> LoadAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "a batch holds at least one row");
        var started = time.GetTimestamp();
        var edgeGroups = EdgeGroup.Of(graph);
        var total = graph.Nodes.Count + graph.Edges.Count;
        var counters = QueryCounters.None;
        var statements = 0;
        var done = 0;

        foreach (var statement in MergeStatements.Schema)
        {
            counters = counters.Add((await client.RunAsync(statement, NoParameters, cancellationToken)).Counters);
            statements++;
        }
        foreach (var group in graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key))
        {
            var statement = MergeStatements.NodeBatch(group.Key);
            foreach (var batch in group.Chunk(BatchSize))
            {
                counters = counters.Add(await RunBatch(statement, batch.Select(NodeRow), cancellationToken));
                statements++;
                done += batch.Length;
                Progress?.Report(new LoadProgress(group.Key.ToString(), done, total));
            }
        }
        foreach (var (group, edges) in edgeGroups)
        {
            var statement = MergeStatements.EdgeBatch(group);
            foreach (var batch in edges.Chunk(BatchSize))
            {
                counters = counters.Add(await RunBatch(statement, batch.Select(EdgeRow), cancellationToken));
                statements++;
                done += batch.Length;
                Progress?.Report(new LoadProgress($"{group.From}-{group.Type.CypherName()}->{group.To}", done, total));
            }
        }
        return new LoadReport(graph.Nodes.Count, graph.Edges.Count, statements, counters, time.GetElapsedTime(started));
    }

    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private async Task<QueryCounters> RunBatch(string statement, IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { [MergeStatements.RowsParameter] = rows.ToArray() };
        return (await client.RunAsync(statement, parameters, cancellationToken)).Counters;
    }

    /// <summary>The row a node statement reads; keys match <see cref="MergeStatements.NodeBody"/>.</summary>
    internal static IReadOnlyDictionary<string, object?> NodeRow(GraphNode node) => node.Label == NodeLabel.Paper
        ? new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["name"] = node.Name,
            ["title"] = node.Title,
            ["abstract"] = node.Abstract,
            ["url"] = node.Url,
            ["year"] = node.Year,
            ["authors"] = node.Authors,
        }
        : new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["name"] = node.Name,
            ["aliases"] = node.Aliases,
        };

    /// <summary>The row an edge statement reads; keys match <see cref="MergeStatements.EdgeBody"/>.</summary>
    internal static IReadOnlyDictionary<string, object?> EdgeRow(GraphEdge edge) => new Dictionary<string, object?>
    {
        ["source"] = edge.Source,
        ["target"] = edge.Target,
        ["papers"] = edge.Papers,
        ["evidence"] = edge.Evidence,
    };
}

/// <summary>How far a load has come: the label or edge group being written, rows written so far, all rows.</summary>
public readonly record struct LoadProgress(string Stage, int RowsDone, int RowsTotal);

/// <summary>What a load sent and what Neo4j reported changing.</summary>
public sealed record LoadReport(int Nodes, int Edges, int Statements, QueryCounters Counters, TimeSpan Elapsed);
