using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PaperGraph.Ingest;

/// <summary>
/// Reads CSV with a header row naming <c>title</c>, <c>abstract</c> and optionally <c>id</c>,
/// <c>url</c>, <c>year</c>, <c>authors</c>, <c>categories</c> (any case, any order). Quoted fields
/// may span lines; a record's line is the line it starts on.
/// </summary>
public sealed class CsvPaperReader : IPaperReader
{
    public InputFormat Format => InputFormat.Csv;

    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        using var reader = InputText.Open(stream);
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = args => badData ??= args.Field,
            MissingFieldFound = null,
            MaxFieldSize = InputLimits.MaxCsvFieldChars,
        };
        using var csv = new CsvReader(reader, config);
        if (!TryRead(csv, out var hasHeader) || !hasHeader || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            yield return ReadResult.Reject(new(sourceName, 1), "empty CSV, or no readable header row", "");
            yield break;
        }
        var columns = header.Select((name, index) => (name: name.Trim().ToLowerInvariant(), index))
            .GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().index);
        if (!columns.ContainsKey("title") || !columns.ContainsKey("abstract"))
        {
            yield return ReadResult.Reject(new(sourceName, 1),
                $"CSV header has no 'title' and 'abstract' columns (found: {string.Join(", ", header)})", string.Join(",", header));
            yield break;
        }

        long nextLine = csv.Parser.RawRow + 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = new SourceLocation(sourceName, nextLine);
            if (!TryRead(csv, out var more))
            {
                yield return ReadResult.Reject(at,
                    $"a field runs past {InputLimits.MaxCsvFieldChars:N0} characters (an unterminated quote?); CSV cannot resume inside a field, so the rest of the file from here is not read", "");
                yield break;
            }
            if (!more) yield break;
            nextLine = csv.Parser.RawRow + 1;
            var raw = csv.Parser.RawRecord.TrimEnd('\r', '\n');
            // CsvHelper parses fields lazily and reports bad quoting only then: take them all now, so
            // the report belongs to this row and not to the next one.
            var fields = csv.Parser.Record ?? [];
            string? Field(string name) =>
                columns.TryGetValue(name, out var i) && i < fields.Length ? fields[i] : null;

            if (badData is not null)
            {
                yield return ReadResult.Reject(at, "malformed CSV quoting", raw);
                badData = null;
                continue;
            }
            yield return PaperFactory.Create(
                at, raw,
                id: Field("id"),
                title: Field("title"),
                @abstract: Field("abstract"),
                url: Field("url"),
                year: RecordFields.ParseYear(Field("year")),
                authors: RecordFields.SplitAuthors(Field("authors")),
                categories: RecordFields.SplitCategories(Field("categories")));
        }
    }

    private static bool TryRead(CsvReader csv, out bool more)
    {
        try
        {
            more = csv.Read();
            return true;
        }
        catch (MaxFieldSizeException)
        {
            more = false;
            return false;
        }
    }
}
