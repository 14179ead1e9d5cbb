using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// Gathers the entity-to-entity edges of a build without holding them all: an
/// <see cref="EdgeAggregator"/> collects them until it has <c>maxEdges</c>, then they are written,
/// sorted, to a run file and it starts again. <see cref="SortedEdges"/> merges the runs, combining
/// the parts of an edge that landed in different runs, so memory is one run's worth of edges
/// however many papers state them. A small build never writes a run.
/// Not thread-safe.
/// </summary>
internal sealed class EdgeSpill(string directory, int maxEdges) : IDisposable
{
    private readonly List<string> _runs = [];
    private EdgeAggregator _edges = new();

    public void Add(string source, RelationType type, string target, string paperId, string sentence)
    {
        _edges.Add(source, type, target, paperId, sentence);
        if (_edges.Count >= maxEdges) WriteRun();
    }

    /// <summary>
    /// Every edge once, in the order graph.json lists them (type, then source, then target, ordinal),
    /// with its papers sorted and its evidence capped as <see cref="EdgeAggregator"/> caps it.
    /// </summary>
    public IEnumerable<GraphEdge> SortedEdges()
    {
        if (_runs.Count == 0) return Sort(_edges.Edges());
        if (_edges.Count > 0) WriteRun();
        return Merge();
    }

    private static GraphEdge[] Sort(IEnumerable<GraphEdge> edges)
    {
        var sorted = edges.ToArray();
        Array.Sort(sorted, KnowledgeGraph.EdgeOrder);
        return sorted;
    }

    private void WriteRun()
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"edges-{_runs.Count + 1:D5}.run");
        using (var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
        {
            foreach (var edge in Sort(_edges.Edges()))
            {
                writer.Write(true);
                writer.Write((byte)edge.Type);
                writer.Write(edge.Source);
                writer.Write(edge.Target);
                WriteStrings(writer, edge.Papers);
                WriteStrings(writer, edge.Evidence);
            }
            writer.Write(false);
        }
        _runs.Add(path);
        _edges = new EdgeAggregator();
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private IEnumerable<GraphEdge> Merge()
    {
        var readers = _runs.Select(run => new BinaryReader(new FileStream(run, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8)).ToList();
        try
        {
            var heap = new PriorityQueue<(GraphEdge Edge, BinaryReader From), GraphEdge>(KnowledgeGraph.EdgeOrder);
            foreach (var reader in readers)
            {
                if (Next(reader) is { } first) heap.Enqueue((first, reader), first);
            }
            while (heap.TryDequeue(out var top, out _))
            {
                var parts = new List<GraphEdge> { top.Edge };
                Advance(heap, top.From);
                while (heap.TryPeek(out var same, out _) && KnowledgeGraph.EdgeOrder.Compare(same.Edge, top.Edge) == 0)
                {
                    heap.Dequeue();
                    parts.Add(same.Edge);
                    Advance(heap, same.From);
                }
                yield return parts.Count == 1 ? top.Edge : Combine(parts);
            }
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
        }
    }

    private static void Advance(PriorityQueue<(GraphEdge, BinaryReader), GraphEdge> heap, BinaryReader reader)
    {
        if (Next(reader) is { } edge) heap.Enqueue((edge, reader), edge);
    }

    private static GraphEdge? Next(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        return new GraphEdge
        {
            Type = (RelationType)reader.ReadByte(),
            Source = reader.ReadString(),
            Target = reader.ReadString(),
            Papers = ReadStrings(reader),
            Evidence = ReadStrings(reader),
        };
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }

    /// <summary>One edge from its parts in several runs: papers and evidence as one aggregator would have kept them.</summary>
    private static GraphEdge Combine(List<GraphEdge> parts) => parts[0] with
    {
        Papers = parts.SelectMany(p => p.Papers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        Evidence = parts.SelectMany(p => p.Evidence).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(EdgeAggregator.MaxEvidence).ToArray(),
    };

    public void Dispose()
    {
        foreach (var run in _runs) File.Delete(run);
        _runs.Clear();
        if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
    }
}
