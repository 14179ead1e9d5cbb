using System.Buffers;
using System.Text.Json;
using CsvHelper;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// A batch of papers rendered by <see cref="StreamingGraphWriter.Render"/>: each paper's graph.json
/// node, the nodes_Paper.csv rows, and the paper-to-entity edges as graph.json lines (per type) and
/// CSV rows (per type and entity label). Filled by one thread, then read by another.
/// The writer recycles each one once written: its buffers, which grow to a batch's size (past the
/// large-object limit), are reused rather than left to the GC, which had taken a quarter of the
/// write pass's CPU collecting them.
/// </summary>
public sealed class PaperRows
{
    private readonly ArrayBufferWriter<byte> _nodes = new();
    private readonly Utf8JsonWriter _nodeJson;
    private readonly List<(int Start, int Length)> _nodeSpans = [];
    private readonly CsvBytes _paperCsv = new();
    private readonly Dictionary<RelationType, (ArrayBufferWriter<byte> Lines, Utf8JsonWriter Json)> _linkJson = [];
    private readonly Dictionary<(RelationType, NodeLabel), CsvBytes> _linkCsv = [];

    internal PaperRows()
    {
        _nodeJson = new Utf8JsonWriter(_nodes, GraphJson.WriterOptions);
    }

    public string FirstId { get; private set; } = "";
    public string LastId { get; private set; } = "";
    public int Count { get; private set; }

    /// <summary>Empties the buffers, keeping their capacity, for a batch from <paramref name="firstId"/> to <paramref name="lastId"/>.</summary>
    internal void Start(string firstId, string lastId, int count)
    {
        (FirstId, LastId, Count) = (firstId, lastId, count);
        _nodes.ResetWrittenCount();
        _nodeSpans.Clear();
        _paperCsv.Clear();
        foreach (var (lines, _) in _linkJson.Values) lines.ResetWrittenCount();
        foreach (var csv in _linkCsv.Values) csv.Clear();
    }

    /// <summary>Each paper's graph.json node object, in order.</summary>
    internal IEnumerable<ReadOnlyMemory<byte>> PaperJson => _nodeSpans.Select(s => _nodes.WrittenMemory.Slice(s.Start, s.Length));

    /// <summary>The papers' nodes_Paper.csv rows.</summary>
    internal ReadOnlyMemory<byte> PaperCsv => _paperCsv.Bytes;

    internal void AddPaper(GraphNode paper)
    {
        var start = _nodes.WrittenCount;
        GraphJson.WriteNode(_nodeJson, paper);
        _nodeJson.Flush();
        _nodeJson.Reset();
        _nodeSpans.Add((start, _nodes.WrittenCount - start));
        BundleRows.WriteNode(_paperCsv.Csv, paper);
    }

    /// <summary>The link lines of each type, one graph.json edge object per line.</summary>
    internal IEnumerable<(RelationType Type, ReadOnlyMemory<byte> Lines)> LinkJson =>
        _linkJson.Select(kv => (kv.Key, kv.Value.Lines.WrittenMemory));

    /// <summary>The link CSV rows of each type and entity label.</summary>
    internal IEnumerable<(RelationType Type, NodeLabel To, ReadOnlyMemory<byte> Rows)> LinkCsv =>
        _linkCsv.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value.Bytes));

    internal void AddLink(GraphEdge link, NodeLabel to)
    {
        if (!_linkJson.TryGetValue(link.Type, out var json))
        {
            var lines = new ArrayBufferWriter<byte>();
            json = (lines, new Utf8JsonWriter(lines, GraphJson.WriterOptions));
            _linkJson[link.Type] = json;
        }
        GraphJson.WriteEdge(json.Json, link);
        json.Json.Flush();
        json.Lines.Write("\n"u8);
        json.Json.Reset();
        if (!_linkCsv.TryGetValue((link.Type, to), out var csv))
        {
            csv = new CsvBytes();
            _linkCsv[(link.Type, to)] = csv;
        }
        BundleRows.WriteEdge(csv.Csv, link);
    }

    /// <summary>Flushes the CSV writers into their buffers (the JSON ones flush after each object); call when the batch is rendered.</summary>
    internal void Complete()
    {
        _paperCsv.Complete();
        foreach (var csv in _linkCsv.Values) csv.Complete();
    }

    /// <summary>
    /// CSV rows rendered straight to the UTF-8 the bundle's files hold, so the thread that appends
    /// them copies bytes and neither it nor the renderer makes the rows a string first.
    /// </summary>
    private sealed class CsvBytes
    {
        private readonly MemoryStream _bytes = new();
        private readonly StreamWriter _text;

        public CsvBytes()
        {
            _text = new StreamWriter(_bytes, BundleRows.FileEncoding, bufferSize: 1 << 12, leaveOpen: true);
            Csv = BundleRows.OpenCsv(_text);
        }

        public CsvWriter Csv { get; }

        /// <summary>The rows written, once <see cref="Complete"/> has run.</summary>
        public ReadOnlyMemory<byte> Bytes => _bytes.GetBuffer().AsMemory(0, (int)_bytes.Length);

        public void Complete()
        {
            Csv.Flush();
            _text.Flush();
        }

        /// <summary>Forgets the rows written, keeping the buffer; the writers above hold nothing back once completed.</summary>
        public void Clear() => _bytes.SetLength(0);
    }
}
