using System.Text;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// The paper-to-entity edges of one type, parked in a side file as graph.json edge objects, one per
/// line: graph.json lists edges by type after all nodes, so they cannot go there as papers stream past.
/// Deleted once copied in.
/// </summary>
internal sealed class PaperLinkSpill(string path) : IDisposable
{
    private readonly FileStream _file = new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    private Utf8JsonWriter? _json;

    public void Write(GraphEdge edge)
    {
        _json ??= new Utf8JsonWriter(_file, GraphJson.WriterOptions);
        GraphJson.WriteEdge(_json, edge);
        _json.Flush();
        _file.WriteByte((byte)'\n');
        _json.Reset();
    }

    /// <summary>Appends every parked edge to <paramref name="json"/>'s open array; returns how many.</summary>
    public long CopyInto(Utf8JsonWriter json)
    {
        _json?.Flush();
        _file.Position = 0;
        using var reader = new StreamReader(_file, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        long count = 0;
        while (reader.ReadLine() is { } line)
        {
            // Written by GraphJson.WriteEdge a moment ago: valid, and escaped to ASCII on one line.
            json.WriteRawValue(line, skipInputValidation: true);
            if (json.BytesPending > 1 << 16) json.Flush();
            count++;
        }
        return count;
    }

    public void Dispose()
    {
        _json?.Dispose();
        _file.Dispose();
    }
}
