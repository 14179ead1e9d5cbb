using System.Text;
using System.Text.Json;
using CsvHelper;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes graph.json and the neo4j-admin bundle while papers stream past, holding no paper in
/// memory: Paper nodes and paper-to-entity edges go straight to their files, so papers must arrive
/// in canonical order (by id). Entity nodes are known before the first paper; entity-to-entity edges
/// come at the end. The bytes equal those of <see cref="GraphJson"/> and <see cref="ImportBundleWriter"/>
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
    private readonly Dictionary<(RelationType, NodeLabel), CsvWriter> _linkCsv = [];
    private CsvWriter? _paperCsv;
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

    /// <summary>Writes one paper and its edges to its entities. Ids must increase (ordinal) from call to call.</summary>
    public void WritePaper(GraphNode paper, IEnumerable<GraphEdge> links)
    {
        if (_lastPaperId is not null && string.CompareOrdinal(_lastPaperId, paper.Id) >= 0)
            throw new InvalidOperationException($"papers must come in id order: {paper.Id} after {_lastPaperId}");
        _lastPaperId = paper.Id;
        _papers++;
        GraphJson.WriteNode(_json, paper);
        if (_json.BytesPending > 1 << 16) _json.Flush();
        if (_paperCsv is null)
        {
            _paperCsv = BundleRows.OpenCsv(Path.Combine(_directory, BundleRows.NodeFile(NodeLabel.Paper)));
            BundleRows.WriteNodeHeader(_paperCsv, NodeLabel.Paper);
        }
        BundleRows.WriteNode(_paperCsv, paper);
        foreach (var link in links.OrderBy(l => l.Target, StringComparer.Ordinal))
        {
            var to = _labelOf.TryGetValue(link.Target, out var label) ? label
                : throw new InvalidOperationException($"{paper.Id} links to {link.Target}, which is not an entity of this graph");
            Spill(link.Type).Write(link);
            BundleRows.WriteEdge(LinkCsv(link.Type, to), link);
        }
    }

    /// <summary>Writes the entity nodes, all edges and import.sh, and closes every file.</summary>
    public GraphCounts Complete(IEnumerable<GraphEdge> entityEdges)
    {
        var edges = entityEdges.OrderBy(e => e.Type)
            .ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToArray();
        foreach (var node in _entities) GraphJson.WriteNode(_json, node);
        _json.WriteEndArray();
        _json.WriteStartArray("edges");
        var edgeCounts = RelationTypes.All.ToDictionary(t => t, _ => 0L);
        foreach (var type in RelationTypes.All)
        {
            if (_linkSpills.TryGetValue(type, out var spill))
            {
                edgeCounts[type] = spill.CopyInto(_json);
                continue;
            }
            foreach (var edge in edges.Where(e => e.Type == type))
            {
                GraphJson.WriteEdge(_json, edge);
                edgeCounts[type]++;
            }
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        CloseStreams();

        var manifest = WriteEntityFiles(edges);
        BundleRows.WriteImportScript(_directory, manifest);
        var nodeCounts = NodeLabels.All.ToDictionary(l => l, l => l == NodeLabel.Paper ? _papers : _entities.Count(n => n.Label == l));
        return new GraphCounts(nodeCounts, edgeCounts);
    }

    private BundleManifest WriteEntityFiles(IReadOnlyList<GraphEdge> edges)
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
        var relFiles = _linkCsv.Keys.Select(k => (Type: k.Item1, From: NodeLabel.Paper, To: k.Item2)).ToList();
        foreach (var group in edges.GroupBy(e => (e.Type, From: LabelOf(e.Source), To: LabelOf(e.Target))))
        {
            using var csv = BundleRows.OpenCsv(Path.Combine(_directory, BundleRows.RelationshipFile(group.Key.Type, group.Key.From, group.Key.To)));
            BundleRows.WriteEdgeHeader(csv, group.Key.From, group.Key.To);
            foreach (var edge in group) BundleRows.WriteEdge(csv, edge);
            relFiles.Add(group.Key);
        }
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

    private CsvWriter LinkCsv(RelationType type, NodeLabel to)
    {
        if (!_linkCsv.TryGetValue((type, to), out var csv))
        {
            csv = BundleRows.OpenCsv(Path.Combine(_directory, BundleRows.RelationshipFile(type, NodeLabel.Paper, to)));
            BundleRows.WriteEdgeHeader(csv, NodeLabel.Paper, to);
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
