using System.Text;
using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Export;

public sealed class PaperLinkSpillTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void CopyInto_GivesTheBytesOfWritingEachLineAsOneValue(int lines)
    {
        var random = new Random(lines);
        // Lines of all lengths, one far longer than the copy buffer, as graph.json edge objects.
        var values = Enumerable.Range(0, lines)
            .Select(i => $"{{\"type\":\"MENTIONS\",\"source\":\"p{i}\",\"target\":\"m{i}\",\"evidence\":\"{new string('x', i == lines / 2 ? 200_000 : random.Next(0, 400))}\"}}")
            .ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"spill-{Guid.NewGuid():N}.jsonl");
        using var spill = new PaperLinkSpill(path);
        foreach (var chunk in values.Chunk(97)) spill.WriteLines(Encoding.ASCII.GetBytes(string.Concat(chunk.Select(v => v + "\n"))));

        var copied = Write(json => Assert.Equal(lines, spill.CopyInto(json)));
        var expected = Write(json => { foreach (var v in values) json.WriteRawValue(v, skipInputValidation: true); });

        Assert.Equal(expected, copied);
    }

    // A graph.json edges array holding what write puts in it, after a first edge written apart.
    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, GraphJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("edges");
            json.WriteRawValue("{\"first\":true}", skipInputValidation: true);
            write(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.ASCII.GetString(stream.ToArray());
    }
}
