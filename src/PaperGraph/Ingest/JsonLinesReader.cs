using System.Text.Json;

namespace PaperGraph.Ingest;

/// <summary>
/// Reads JSON Lines: one object per line with <c>title</c> and <c>abstract</c>, and optionally
/// <c>id</c>, <c>url</c>, <c>year</c>, <c>authors</c>. Property names are matched case-insensitively.
/// This also reads the arXiv metadata snapshot (<c>id</c>, <c>title</c>, <c>abstract</c>,
/// <c>authors</c> as one string, <c>categories</c>, <c>update_date</c>).
/// </summary>
public sealed class JsonLinesReader : IPaperReader
{
    public InputFormat Format => InputFormat.Jsonl;

    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        using var reader = InputText.Open(stream);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ReadLine(line, new SourceLocation(sourceName, lineNumber));
        }
    }

    internal static ReadResult ReadLine(string line, SourceLocation at)
    {
        Dictionary<string, JsonElement> fields;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ReadResult.Reject(at, $"not a JSON object (a {doc.RootElement.ValueKind})", line);
            fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                fields.TryAdd(p.Name, p.Value.Clone());
            }
        }
        catch (JsonException ex)
        {
            return ReadResult.Reject(at, $"broken JSON: {ex.Message}", line);
        }

        string? Text(string name) => fields.TryGetValue(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

        IReadOnlyList<string> List(string name, Func<string?, IReadOnlyList<string>> split) =>
            !fields.TryGetValue(name, out var v) ? []
            : v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString() ?? "").ToArray()
                : split(v.ValueKind == JsonValueKind.String ? v.GetString() : null);

        return PaperFactory.Create(
            at, line,
            id: Text("id"),
            title: Text("title"),
            @abstract: Text("abstract"),
            url: Text("url"),
            year: RecordFields.ParseYear(Text("year") ?? Text("published") ?? Text("update_date")),
            authors: List("authors", RecordFields.SplitAuthors),
            categories: List("categories", RecordFields.SplitCategories));
    }
}
