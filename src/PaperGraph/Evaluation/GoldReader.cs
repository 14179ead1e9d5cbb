using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Evaluation;

/// <summary>
/// Reads a gold file: one JSON object per line, blank lines skipped. A malformed line is an
/// <see cref="InvalidDataException"/> naming the file, the line and the reason.
/// </summary>
public static class GoldReader
{
    public static IReadOnlyList<GoldPaper> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<GoldPaper> Read(TextReader reader, string sourceName)
    {
        var papers = new List<GoldPaper>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                papers.Add(ReadPaper(doc.RootElement));
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{sourceName}:{lineNumber}: not a gold paper ({ex.Message})", ex);
            }
        }
        return papers;
    }

    private static GoldPaper ReadPaper(JsonElement e) => new()
    {
        Title = e.GetProperty("title").GetString() ?? "",
        Entities = Array(e, "entities").Select(ReadEntity).ToArray(),
        Relations = Array(e, "relations").Select(r => new GoldRelation(
            Required(r, "head"), Required(r, "type"), Required(r, "tail"))).ToArray(),
    };

    private static GoldEntity ReadEntity(JsonElement e)
    {
        var type = Required(e, "type");
        if (!NodeLabels.TryParse(type, out var label) || label == NodeLabel.Paper)
            throw new InvalidDataException($"unknown entity type '{type}'");
        return new GoldEntity
        {
            Id = Required(e, "id"),
            Label = label,
            Name = e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? "" : "",
            Aliases = Array(e, "aliases").Select(a => a.GetString() ?? "").ToArray(),
            Proposed = Flag(e, "proposed", false),
            Core = Flag(e, "core", true),
        };
    }

    private static string Required(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new InvalidDataException($"'{name}' is null");

    // score.py reads these with get(name, default) and tests Python truthiness, so 0, "", null and
    // empty arrays are false, and a missing "core" means core.
    private static bool Flag(JsonElement e, string name, bool missing)
    {
        if (!e.TryGetProperty(name, out var v)) return missing;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => v.GetDouble() != 0,
            JsonValueKind.String => v.GetString() is { Length: > 0 },
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => false,
        };
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
