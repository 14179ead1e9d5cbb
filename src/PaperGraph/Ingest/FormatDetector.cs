namespace PaperGraph.Ingest;

/// <summary>Picks a reader from a file's extension, or from its first bytes when the extension says nothing.</summary>
public static class FormatDetector
{
    public static IPaperReader ReaderFor(InputFormat format) => format switch
    {
        InputFormat.Text => new CopiedPageReader(),
        InputFormat.Jsonl => new JsonLinesReader(),
        InputFormat.Csv => new CsvPaperReader(),
        InputFormat.Atom => new ArxivAtomReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
    };

    /// <summary>The format of a file: its extension when known, else a look at its start.</summary>
    public static InputFormat Detect(string path)
    {
        var byExtension = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" or ".json" => InputFormat.Jsonl,
            ".csv" => InputFormat.Csv,
            ".xml" or ".atom" => InputFormat.Atom,
            ".txt" => InputFormat.Text,
            _ => InputFormat.Auto,
        };
        return byExtension != InputFormat.Auto ? byExtension : Sniff(path);
    }

    private static InputFormat Sniff(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = InputText.Open(stream);
        var buffer = new char[4096];
        var head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).TrimStart();
        if (head.StartsWith('{')) return InputFormat.Jsonl;
        if (head.StartsWith('<')) return InputFormat.Atom;
        var firstLine = head.Split('\n', 2)[0].ToLowerInvariant();
        if (firstLine.Contains(',') && firstLine.Contains("title") && firstLine.Contains("abstract")) return InputFormat.Csv;
        return InputFormat.Text;
    }
}
