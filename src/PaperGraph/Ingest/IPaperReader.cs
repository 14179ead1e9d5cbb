using System.Text;

namespace PaperGraph.Ingest;

/// <summary>Reads one input format. Yields every record, good or rejected, in file order.</summary>
public interface IPaperReader
{
    /// <summary>The format's name as given to <c>--format</c>.</summary>
    InputFormat Format { get; }

    IEnumerable<ReadResult> Read(Stream stream, string sourceName, CancellationToken cancellationToken);
}

/// <summary>The input formats PaperGraph reads.</summary>
public enum InputFormat
{
    /// <summary>Detect from the file's extension and first bytes.</summary>
    Auto,
    /// <summary>A copied papers page: boilerplate, then a title line and an abstract line per paper.</summary>
    Text,
    /// <summary>JSON Lines: title, abstract, optional id, url, year, authors (also the arXiv metadata snapshot).</summary>
    Jsonl,
    /// <summary>CSV with a header row naming the same columns.</summary>
    Csv,
    /// <summary>arXiv API Atom XML.</summary>
    Atom,
}

internal static class InputText
{
    /// <summary>
    /// UTF-8 that turns invalid bytes into U+FFFD instead of throwing, so a bad record is rejected
    /// on its own (see <see cref="PaperFactory"/>) and the rest of the file is still read.
    /// </summary>
    public static StreamReader Open(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
            detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
}
