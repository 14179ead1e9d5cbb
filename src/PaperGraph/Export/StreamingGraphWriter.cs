using System.Collections.Concurrent;
using System.Text.Json;
using CsvHelper;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes graph.json and the neo4j-admin bundle while papers stream past, holding no paper in
/// memory: Paper nodes and paper-to-entity edges go straight to their files, so papers must arrive
/// in canonical order (by id). Entity nodes are known before the first paper; entity-to-entity edges
/// come at the end, sorted, as a stream that may be read from disk. The bytes equal those of <see cref="GraphJson"/> and <see cref="ImportBundleWriter"/>
/// for the same graph, because both write through the same row code.
/// </summary>
public sealed class StreamingGraphWriter : IDisposable
{
    private readonly string _directory;
    private readonly IReadOnlyList<GraphNode> _entities;
    private readonly Dictionary<string, NodeLabel> _labelOf;
    private readonly FileStream _jsonFile;
    private readonly Utf8JsonWriter _json;
    private readonly Dictionary<RelationType, PaperLinkSpill> _linkSpills = [];
    private readonly Dictionary<(RelationType, NodeLabel), FileStream> _linkCsv = [];
    private FileStream? _paperCsv;
    private string? _lastPaperId;
    private long _papers;

    /// <param name="entityNodes">Every entity node of the graph, in any order.</param>
    public StreamingGraphWriter(string directory, IEnumerable<GraphNode> entityNodes)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _entities = entityNodes.OrderBy(n => n.Label).ThenBy(n => n.Id, StringComparer.Ordinal).ToArray();
        _labelOf = _entities.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        _jsonFile = new FileStream(Path.Combine(directory, "graph.json"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_jsonFile, GraphJson.WriterOptions);
        _json.WriteStartObject();
        _json.WriteStartArray("nodes");
    }

    /// <summary>
    /// Turns papers and their links into the bytes and rows of every file they go to, without
    /// writing anything: thread-safe, so workers render batches while <see cref="Write"/> appends
    /// the previous ones. Papers must be in id order within the batch.
    /// </summary>
    public PaperRows Render(IReadOnlyList<(GraphNode Paper, IEnumerable<GraphEdge> Links)> papers)
    {
        var rows = _recycled.TryTake(out var old) ? old : new PaperRows();
        rows.Start(papers[0].Paper.Id, papers[^1].Paper.Id, papers.Count);
        foreach (var (paper, links) in papers)
        {
            rows.AddPaper(paper);
            foreach (var link in links.OrderBy(l => l.Target, StringComparer.Ordinal))
            {
                var to = _labelOf.TryGetValue(link.Target, out var label) ? label
                    : throw new InvalidOperationException($"{paper.Id} links to {link.Target}, which is not an entity of this graph");
                rows.AddLink(link, to);
            }
        }
        rows.Complete();
        return rows;
    }

    /// <summary>Appends rendered papers, then takes the rows back for a later batch: do not read them after. Their ids must come after those written before.</summary>
    public void Write(PaperRows rows)
    {
        if (_lastPaperId is not null && string.CompareOrdinal(_lastPaperId, rows.FirstId) >= 0)
            throw new InvalidOperationException($"papers must come in id order: {rows.FirstId} after {_lastPaperId}");
        _lastPaperId = rows.LastId;
        _papers += rows.Count;
        foreach (var node in rows.PaperJson)
        {
            _json.WriteRawValue(node.Span, skipInputValidation: true);
            if (_json.BytesPending > 1 << 16) _json.Flush();
        }
        if (_paperCsv is null)
        {
            _paperCsv = BundleRows.OpenBytes(Path.Combine(_directory, BundleRows.NodeFile(NodeLabel.Paper)));
            _paperCsv.Write(BundleRows.RenderBytes(csv => BundleRows.WriteNodeHeader(csv, NodeLabel.Paper)));
        }
        _paperCsv.Write(rows.PaperCsv.Span);
        foreach (var (type, lines) in rows.LinkJson) Spill(type).WriteLines(lines.Span);
        foreach (var (type, to, csv) in rows.LinkCsv) LinkCsv(type, to).Write(csv.Span);
        _recycled.Add(rows);
    }

    // Rows already written, for Render to fill again; no more exist than batches are in flight at once.
    private readonly ConcurrentBag<PaperRows> _recycled = [];

    /// <summary>Writes the entity nodes, all edges and import.sh, and closes every file.</summary>
    /// <param name="sortedEntityEdges">
    /// The entity-to-entity edges in graph.json's order: by type, then source, then target (ordinal).
    /// They are written as they come, so they may be read from disk rather than held.
    /// </param>
    public GraphCounts Complete(IEnumerable<GraphEdge> sortedEntityEdges)
    {
        foreach (var node in _entities) GraphJson.WriteNode(_json, node);
        _json.WriteEndArray();
        _json.WriteStartArray("edges");
        var edgeCounts = RelationTypes.All.ToDictionary(t => t, _ => 0L);
        var edgeCsv = new Dictionary<(RelationType Type, NodeLabel From, NodeLabel To), CsvWriter>();
        using var edges = sortedEntityEdges.GetEnumerator();
        var pending = edges.MoveNext() ? edges.Current : null;
        GraphEdge? previous = null;
        try
        {
            foreach (var type in RelationTypes.All)
            {
                if (_linkSpills.TryGetValue(type, out var spill)) edgeCounts[type] = spill.CopyInto(_json);
                for (; pending is not null && pending.Type == type; pending = edges.MoveNext() ? edges.Current : null)
                {
                    if (previous is not null && KnowledgeGraph.EdgeOrder.Compare(previous, pending) >= 0)
                        throw new InvalidOperationException($"entity edges out of order: {pending.Source} -{pending.Type}-> {pending.Target} after {previous.Source} -{previous.Type}-> {previous.Target}");
                    previous = pending;
                    GraphJson.WriteEdge(_json, pending);
                    if (_json.BytesPending > 1 << 16) _json.Flush();
                    edgeCounts[type]++;
                    var key = (type, LabelOf(pending.Source), LabelOf(pending.Target));
                    if (!edgeCsv.TryGetValue(key, out var csv))
                    {
                        csv = BundleRows.OpenCsv(Path.Combine(_directory, BundleRows.RelationshipFile(key.Item1, key.Item2, key.Item3)));
                        BundleRows.WriteEdgeHeader(csv, key.Item2, key.Item3);
                        edgeCsv[key] = csv;
                    }
                    BundleRows.WriteEdge(csv, pending);
                }
            }
            if (pending is not null) throw new InvalidOperationException($"entity edges out of order: {pending.Type} after {previous?.Type}");
        }
        finally
        {
            foreach (var csv in edgeCsv.Values) csv.Dispose();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        CloseStreams();

        var manifest = WriteEntityFiles(edgeCsv.Keys);
        BundleRows.WriteImportScript(_directory, manifest);
        var nodeCounts = NodeLabels.All.ToDictionary(l => l, l => l == NodeLabel.Paper ? _papers : _entities.Count(n => n.Label == l));
        return new GraphCounts(nodeCounts, edgeCounts);
    }

    private BundleManifest WriteEntityFiles(IEnumerable<(RelationType Type, NodeLabel From, NodeLabel To)> edgeFiles)
    {
        var nodeFiles = new List<string>();
        if (_papers > 0) nodeFiles.Add(BundleRows.NodeFile(NodeLabel.Paper));
        foreach (var group in _entities.GroupBy(n => n.Label))
        {
            var file = BundleRows.NodeFile(group.Key);
            using var csv = BundleRows.OpenCsv(Path.Combine(_directory, file));
            BundleRows.WriteNodeHeader(csv, group.Key);
            foreach (var node in group) BundleRows.WriteNode(csv, node);
            nodeFiles.Add(file);
        }
        var relFiles = _linkCsv.Keys.Select(k => (Type: k.Item1, From: NodeLabel.Paper, To: k.Item2)).Concat(edgeFiles);
        var ordered = relFiles.OrderBy(k => k.Type).ThenBy(k => k.From).ThenBy(k => k.To)
            .Select(k => BundleRows.RelationshipFile(k.Type, k.From, k.To)).ToArray();
        return new BundleManifest(nodeFiles, ordered);
    }

    private NodeLabel LabelOf(string id) =>
        _labelOf.TryGetValue(id, out var label) ? label : throw new InvalidOperationException($"edge end {id} is not an entity of this graph");

    private PaperLinkSpill Spill(RelationType type)
    {
        if (!_linkSpills.TryGetValue(type, out var spill))
        {
            spill = new PaperLinkSpill(Path.Combine(_directory, $".edges-{type.CypherName()}.jsonl"));
            _linkSpills[type] = spill;
        }
        return spill;
    }

    private FileStream LinkCsv(RelationType type, NodeLabel to)
    {
        if (!_linkCsv.TryGetValue((type, to), out var csv))
        {
            csv = BundleRows.OpenBytes(Path.Combine(_directory, BundleRows.RelationshipFile(type, NodeLabel.Paper, to)));
            csv.Write(BundleRows.RenderBytes(header => BundleRows.WriteEdgeHeader(header, NodeLabel.Paper, to)));
            _linkCsv[(type, to)] = csv;
        }
        return csv;
    }

    // Disposing twice is harmless for every one of these, so Complete and Dispose can both call it.
    private void CloseStreams()
    {
        _paperCsv?.Dispose();
        foreach (var csv in _linkCsv.Values) csv.Dispose();
        foreach (var spill in _linkSpills.Values) spill.Dispose();
        _json.Dispose();
        _jsonFile.Dispose();
    }

    public void Dispose() => CloseStreams();
}
