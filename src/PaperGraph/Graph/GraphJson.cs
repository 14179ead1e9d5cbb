using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Graph;

/// <summary>
/// Reads and writes <c>graph.json</c>, the whole graph in the shape score.py and the explorer read:
/// <c>{"nodes": [{id, label, name, aliases, title?, abstract?, url?, year?, authors?}],
/// "edges": [{source, target, type, papers, evidence}]}</c>.
/// </summary>
public static class GraphJson
{
    // The default encoder escapes <, >, & and non-ASCII, so the file can be inlined into HTML as is.
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>
    /// Writes the graph. Strings must be valid UTF-16: the readers reject unpaired surrogates
    /// (see PaperFactory), because the JSON writer would silently replace them with U+FFFD.
    /// </summary>
    public static void Write(KnowledgeGraph graph, Stream stream, CancellationToken cancellationToken = default)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            if (i % CancellationCheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
            WriteNode(json, graph.Nodes[i]);
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            if (i % CancellationCheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
            WriteEdge(json, graph.Edges[i]);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private const int CancellationCheckEvery = 1024;

    public static void WriteFile(KnowledgeGraph graph, string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.Create(path);
        Write(graph, stream, cancellationToken);
    }

    public static string ToJson(KnowledgeGraph graph)
    {
        using var buffer = new MemoryStream();
        Write(graph, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Property names encoded once: every node and edge of a build writes them.
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Abstract = JsonEncodedText.Encode("abstract");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Year = JsonEncodedText.Encode("year");
        public static readonly JsonEncodedText Authors = JsonEncodedText.Encode("authors");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Papers = JsonEncodedText.Encode("papers");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    }

    internal static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteString(Names.Id, node.Id);
        json.WriteString(Names.Label, node.Label.ToString());
        json.WriteString(Names.Name, node.Name);
        WriteStrings(json, Names.Aliases, node.Aliases);
        if (node.Title is not null) json.WriteString(Names.Title, node.Title);
        if (node.Abstract is not null) json.WriteString(Names.Abstract, node.Abstract);
        if (node.Url is not null) json.WriteString(Names.Url, node.Url);
        if (node.Year is int year) json.WriteNumber(Names.Year, year);
        if (node.Authors.Count > 0) WriteStrings(json, Names.Authors, node.Authors);
        json.WriteEndObject();
    }

    internal static void WriteEdge(Utf8JsonWriter json, GraphEdge edge)
    {
        json.WriteStartObject();
        json.WriteString(Names.Source, edge.Source);
        json.WriteString(Names.Target, edge.Target);
        json.WriteString(Names.Type, edge.Type.CypherName());
        WriteStrings(json, Names.Papers, edge.Papers);
        WriteStrings(json, Names.Evidence, edge.Evidence);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        // By index: a foreach over the interface would allocate an enumerator for every edge written.
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(values[i]);
        }
        json.WriteEndArray();
    }

    /// <summary>Reads a graph.json file; throws <see cref="InvalidDataException"/> naming the file on bad content.</summary>
    public static KnowledgeGraph ReadFile(string path) => ReadFile(path, Read);

    private static KnowledgeGraph ReadFile(string path, Func<Stream, KnowledgeGraph> read)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return read(stream);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a PaperGraph graph.json ({ex.Message})", ex);
        }
    }

    public static KnowledgeGraph Read(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(ReadNode).ToList();
        var edges = root.GetProperty("edges").EnumerateArray().Select(ReadEdge).ToList();
        return KnowledgeGraph.Create(nodes, edges);
    }

    /// <summary>
    /// The graph's shape only: node ids and labels, edge ends and types, in canonical order, without
    /// names, abstracts or evidence. Streams the file instead of parsing it whole, so what it holds
    /// grows with the nodes and edges, not with the text (an explorer layout needs no more).
    /// </summary>
    public static KnowledgeGraph ReadShape(string path) => ReadFile(path, ReadShape);

    private static KnowledgeGraph ReadShape(Stream stream)
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var buffer = new byte[1 << 16];
        var length = 0;
        var state = new JsonReaderState();
        string? section = null, property = null, id = null, label = null, source = null, target = null, type = null;
        while (true)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            length += read;
            var final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            while (reader.Read())
            {
                switch (reader.TokenType, reader.CurrentDepth)
                {
                    case (JsonTokenType.PropertyName, 1):
                        section = reader.GetString();
                        break;
                    case (JsonTokenType.StartObject, 2):
                        (id, label, source, target, type) = (null, null, null, null, null);
                        break;
                    case (JsonTokenType.PropertyName, 3):
                        property = reader.GetString();
                        break;
                    case (JsonTokenType.String, 3):
                        switch (property)
                        {
                            case "id": id = reader.GetString(); break;
                            case "label": label = reader.GetString(); break;
                            case "source": source = reader.GetString(); break;
                            case "target": target = reader.GetString(); break;
                            case "type": type = reader.GetString(); break;
                        }
                        break;
                    case (JsonTokenType.EndObject, 2) when section == "nodes":
                        nodes.Add(new GraphNode
                        {
                            Id = id ?? throw new InvalidDataException("node without id"),
                            Label = LabelOf(label),
                            Name = "",
                        });
                        break;
                    case (JsonTokenType.EndObject, 2) when section == "edges":
                        edges.Add(new GraphEdge
                        {
                            Source = source ?? throw new InvalidDataException("edge without source"),
                            Target = target ?? throw new InvalidDataException("edge without target"),
                            Type = TypeOf(type),
                        });
                        break;
                }
            }
            if (final)
            {
                if (reader.CurrentDepth != 0 || reader.BytesConsumed != length) throw new InvalidDataException("the file ends inside its JSON");
                return KnowledgeGraph.Create(nodes, edges);
            }
            // Keep the token the reader stopped inside; a token longer than the buffer grows it.
            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    private static NodeLabel LabelOf(string? text) =>
        NodeLabels.TryParse(text ?? "", out var label) ? label : throw new InvalidDataException($"unknown node label '{text}'");

    private static RelationType TypeOf(string? text) =>
        RelationTypes.TryParse(text ?? "", out var type) ? type : throw new InvalidDataException($"unknown relationship type '{text}'");

    private static GraphNode ReadNode(JsonElement e) =>
        new()
        {
            Label = LabelOf(e.GetProperty("label").GetString()),
            Id = e.GetProperty("id").GetString() ?? throw new InvalidDataException("node without id"),
            Name = e.GetProperty("name").GetString() ?? "",
            Aliases = Strings(e, "aliases"),
            Title = OptionalString(e, "title"),
            Abstract = OptionalString(e, "abstract"),
            Url = OptionalString(e, "url"),
            Year = e.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
            Authors = Strings(e, "authors"),
        };

    private static GraphEdge ReadEdge(JsonElement e) =>
        new()
        {
            Type = TypeOf(e.GetProperty("type").GetString()),
            Source = e.GetProperty("source").GetString() ?? throw new InvalidDataException("edge without source"),
            Target = e.GetProperty("target").GetString() ?? throw new InvalidDataException("edge without target"),
            Papers = Strings(e, "papers"),
            Evidence = Strings(e, "evidence"),
        };

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
}
