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
        var lines = new BoundedLineReader(reader, InputLimits.MaxLineChars);
        long lineNumber = 0;
        while (lines.TryReadLine(out var line))
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            var at = new SourceLocation(sourceName, lineNumber);
            if (line.Text is null)
                yield return ReadResult.Reject(at, InputLimits.LineTooLong(line, lines.MaxChars), line.Preview, line.Length);
            else if (!string.IsNullOrWhiteSpace(line.Text))
                yield return ReadLine(line.Text, at);
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
        catch (InvalidOperationException)
        {
            return UnpairedSurrogate(at, line);
        }

        try
        {
            return FromFields(fields, line, at);
        }
        catch (InvalidOperationException)
        {
            return UnpairedSurrogate(at, line);
        }
    }

    // System.Text.Json refuses to turn a \uD800-\uDFFF escape without its pair into a string; no UTF-8 output could carry it.
    private static ReadResult UnpairedSurrogate(SourceLocation at, string line) =>
        ReadResult.Reject(at, "a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), which UTF-8 cannot carry", line);

    private static ReadResult FromFields(Dictionary<string, JsonElement> fields, string line, SourceLocation at)
    {
        foreach (var required in (string[])["title", "abstract"])
        {
            if (fields.TryGetValue(required, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
                return ReadResult.Reject(at, $"{required} is not a string (a JSON {v.ValueKind})", line);
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
