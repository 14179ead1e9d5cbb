using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

/// <summary>Runs a reader over text or bytes held in memory.</summary>
internal static class ReaderInput
{
    public static List<ReadResult> Read(IPaperReader reader, string text, string source = "in") =>
        Read(reader, new UTF8Encoding(false).GetBytes(text), source);

    public static List<ReadResult> Read(IPaperReader reader, byte[] bytes, string source = "in") =>
        reader.Read(new MemoryStream(bytes), source, CancellationToken.None).ToList();

    public static Rejection SingleRejection(List<ReadResult> results) =>
        Assert.Single(results, r => r.Rejection is not null).Rejection ?? throw new InvalidOperationException("no rejection");

    /// <summary>A JSON Lines record with a long enough abstract.</summary>
    public static string JsonRecord(string title, string? @abstract = null) =>
        System.Text.Json.JsonSerializer.Serialize(new { title, @abstract = @abstract ?? "We study things. It works well." });
}
