using System.Text.Json;
using PaperGraph.Ingest;

namespace PaperGraph.Export;

/// <summary>
/// Writes <c>rejected.jsonl</c>: one <c>{"source", "line", "reason", "raw"}</c> object per rejected
/// record, plus <c>"raw_length"</c> (the record's full length) when <c>raw</c> holds only its start.
/// </summary>
public static class RejectsWriter
{
    public static void Write(IEnumerable<Rejection> rejections, string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        foreach (var r in rejections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteString("source", r.Source.File);
            json.WriteNumber("line", r.Source.Line);
            json.WriteString("reason", r.Reason);
            json.WriteString("raw", r.Raw);
            if (r.RawLength > r.Raw.Length) json.WriteNumber("raw_length", r.RawLength);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
