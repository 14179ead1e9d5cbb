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

    /// <summary>Appends edge lines rendered by <see cref="PaperRows"/>: graph.json edge objects, each ending in a newline.</summary>
    public void WriteLines(ReadOnlySpan<byte> lines) => _file.Write(lines);

    /// <summary>Appends every parked edge to <paramref name="json"/>'s open array; returns how many.</summary>
    public long CopyInto(Utf8JsonWriter json)
    {
        // Many edges go in as one raw value below, which is only the same bytes when nothing is indented.
        if (json.Options.Indented) throw new InvalidOperationException("graph.json's edges are copied in unindented");
        _file.Position = 0;
        var buffer = new byte[1 << 16];
        int start = 0, end = 0;
        long count = 0;
        while (true)
        {
            var lines = buffer.AsSpan(start, end - start);
            var last = lines.LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                // Written by GraphJson.WriteEdge a moment ago: valid, and escaped to ASCII on one line.
                // The writer is not indented, so the whole lines, their newlines made commas, go in as one
                // raw value: the writer puts the comma before it, and the bytes are those of one value each.
                var whole = lines[..last];
                count += whole.Count((byte)'\n') + 1;
                whole.Replace((byte)'\n', (byte)',');
                json.WriteRawValue(whole, skipInputValidation: true);
                json.Flush();
                start += last + 1;
                continue;
            }
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            (start, end) = (0, end - start);
            if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var read = _file.Read(buffer, end, buffer.Length - end);
            if (read == 0) return count;
            end += read;
        }
    }

    public void Dispose()
    {
        _file.Dispose();
    }
}
