using System.Text.Json;
using PaperGraph.Ingest;

namespace PaperGraph.Export;

/// <summary>Writes <c>rejected.jsonl</c>: one <c>{"source", "line", "reason", "raw"}</c> object per rejected record.</summary>
public static class RejectsWriter
{
    public static void Write(IEnumerable<Rejection> rejections, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        foreach (var r in rejections)
        {
            json.WriteStartObject();
            json.WriteString("source", r.Source.File);
            json.WriteNumber("line", r.Source.Line);
            json.WriteString("reason", r.Reason);
            json.WriteString("raw", r.Raw);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
