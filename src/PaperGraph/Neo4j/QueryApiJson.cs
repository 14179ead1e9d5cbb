using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>
/// The Query API v2's plain JSON: the request body <c>{"statement", "parameters", "includeCounters"}</c>
/// and the answer <c>{"data": {"fields", "values"}, "counters", "bookmarks"}</c> or <c>{"errors": [{"code", "message"}]}</c>.
/// </summary>
internal static class QueryApiJson
{
    /// <summary>One entry of an answer's <c>errors</c> array.</summary>
    internal sealed record ServerError(string Code, string Message);

    public static byte[] Request(string statement, IReadOnlyDictionary<string, object?> parameters)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            json.WritePropertyName("parameters");
            WriteValue(json, parameters);
            json.WriteBoolean("includeCounters", true);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: WriteFloat(json, d); break;
            case float f: WriteFloat(json, f); break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }
                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a Query API parameter cannot be a {value.GetType().Name}", nameof(value));
        }
    }

    // Neo4j reads a JSON number without a fraction or exponent as INTEGER, and System.Text.Json
    // writes the double 4.0 as "4": force a fraction so that a float stays a float.
    private static void WriteFloat(Utf8JsonWriter json, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"plain JSON has no {value}; Neo4j cannot receive it as a parameter", nameof(value));
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E')) text += ".0";
        json.WriteRawValue(text);
    }

    /// <summary>The <c>errors</c> of an answer (empty when it has none). Throws <see cref="JsonException"/> on bad JSON.</summary>
    public static IReadOnlyList<ServerError> Errors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            return [];
        return errors.EnumerateArray()
            .Select(e => new ServerError(Text(e, "code") ?? "Neo.Unknown", Text(e, "message") ?? ""))
            .ToArray();
    }

    public static QueryResult Result(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            throw new JsonException("no 'data' object");
        var fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        var values = data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(row => (IReadOnlyList<string>)row.EnumerateArray().Select(x => x.GetRawText()).ToArray()).ToArray()
            : [];
        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        return new QueryResult
        {
            Fields = fields,
            Values = values,
            Counters = root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object ? Counters(c) : QueryCounters.None,
            Bookmarks = bookmarks,
        };
    }

    private static QueryCounters Counters(JsonElement c) => new()
    {
        NodesCreated = Count(c, "nodesCreated"),
        NodesDeleted = Count(c, "nodesDeleted"),
        RelationshipsCreated = Count(c, "relationshipsCreated"),
        RelationshipsDeleted = Count(c, "relationshipsDeleted"),
        PropertiesSet = Count(c, "propertiesSet"),
        LabelsAdded = Count(c, "labelsAdded"),
        IndexesAdded = Count(c, "indexesAdded"),
        ConstraintsAdded = Count(c, "constraintsAdded"),
    };

    private static long Count(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : 0;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
